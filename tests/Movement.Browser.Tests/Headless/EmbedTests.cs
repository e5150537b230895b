using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Movement.Browser.Tests.Serving;
using Movement.Testing;

namespace Movement.Browser.Tests.Headless;

/// <summary>
/// A partner's page on another origin embeds a resource widget in a sandboxed iframe, with our real
/// _headers applied: the widget renders with its picture and stylesheet, while a normal page of ours
/// in the same kind of iframe is refused by its frame-ancestors 'none'.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EmbedTests(BrowserSite site)
{
    private const string Resource = "/awareness-week/2025/resources/badge/";

    [Fact]
    public async Task A_resource_widget_renders_in_a_partners_iframe_and_the_policy_allows_exactly_that()
    {
        var headers = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(site.SiteFolder, "_headers")));
        await using var ours = await StaticSiteServer.StartAsync(site.SiteFolder, headers.For);
        using var partnerFolder = new TempFolder();
        File.WriteAllText(partnerFolder.Combine("index.html"), $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>A partner</title></head>
            <body>
            <iframe id="widget" src="{ours.Url("/embed" + Resource)}" width="300" height="460" sandbox="allow-popups allow-popups-to-escape-sandbox" title="Widget"></iframe>
            <iframe id="page" src="{ours.Url(Resource)}" width="300" height="300" sandbox="allow-popups" title="Page"></iframe>
            </body></html>
            """);
        await using var partner = await StaticSiteServer.StartAsync(partnerFolder.Path);
        Assert.NotEqual(new Uri(ours.Origin).Port, new Uri(partner.Origin).Port);

        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal) || m.Text.Contains("frame-ancestors", StringComparison.Ordinal)) violations.Add(m.Text); };
        await page.GotoAsync(partner.Url("/"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var widget = (await (await page.QuerySelectorAsync("#widget"))!.ContentFrameAsync())!;
        Assert.Equal(ours.Url("/embed" + Resource), widget.Url);
        Assert.Contains("First 1001 Days Movement", await widget.Locator("body").InnerTextAsync());
        Assert.True(await widget.Locator("img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The picture did not load in the widget.");
        Assert.Equal("4px", await widget.Locator(".embed").EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        // Its one script posts its height; this frame, pasted before the sandbox allowed scripts, works without it.
        Assert.Equal(1, await widget.Locator("script[src^='/assets/js/embed-height.']").CountAsync());
        foreach (var link in await widget.Locator("a").AllAsync())
        {
            Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        }

        Assert.True(await widget.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 300"), "The widget does not fit 300 px.");

        // The page itself is not for framing: Chromium replaces it with an error page.
        var blocked = await (await page.QuerySelectorAsync("#page"))!.ContentFrameAsync();
        Assert.True(blocked is null || blocked.Url != ours.Url(Resource) || await blocked.Locator("h1").CountAsync() == 0, "A page that is not an embed rendered in a partner's iframe.");
        Assert.Contains(violations, v => v.Contains("frame-ancestors", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("/embed/", StringComparison.Ordinal) && !v.Contains("frame-ancestors 'none'", StringComparison.Ordinal));
    }
}
