using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Xunit.Abstractions;

namespace Movement.Browser.Tests.Layouts;

/// <summary>
/// Every layout of the demo site, in a real browser: it loads with the right status, nothing errs or
/// fails or leaves our origin, it has exactly one h1, axe-core finds no WCAG A/AA violation, and it
/// reflows at 320 px without horizontal scrolling. Each layout is also photographed at 375 and 1280 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LayoutTests(BrowserSite site, ITestOutputHelper output)
{
    [Theory]
    [InlineData("home", "/")]
    [InlineData("briefs", "/briefs/")]
    [InlineData("brief", "/briefs/five-calls/")]
    [InlineData("brief-with-contents", "/briefs/manifesto-for-babies/")]
    [InlineData("theories-of-change", "/theory-of-change/")]
    [InlineData("theory-of-change", "/theory-of-change/2020-2023/")]
    [InlineData("awareness-weeks", "/awareness-week/")]
    [InlineData("awareness-week", "/awareness-week/2025/")]
    [InlineData("resource", "/awareness-week/2025/resources/badge/")]
    [InlineData("resource-document", "/awareness-week/2025/resources/commissioner-briefing/")]
    [InlineData("members", "/members/")]
    [InlineData("members-by-nation", "/members/nation/wales/")]
    [InlineData("members-by-type", "/members/type/charity/")]
    [InlineData("member", "/members/oxpip/")]
    [InlineData("news", "/news/")]
    [InlineData("news-page-2", "/news/page/2/")]
    [InlineData("news-article", "/news/manifesto-for-babies-launched/")]
    [InlineData("about", "/about/")]
    [InlineData("accessibility", "/accessibility/")]
    [InlineData("topics", "/topics/")]
    [InlineData("topic", "/topics/strategy/")]
    [InlineData("nations", "/nations/")]
    [InlineData("nation", "/nations/wales/")]
    [InlineData("welsh-page", "/amdanom/")]
    [InlineData("not-found", "/no-such-page/")]
    public async Task Every_layout_loads_cleanly_and_axe_finds_nothing(string layout, string url)
    {
        var expectedStatus = layout == "not-found" ? 404 : 200;
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page, site.Server.Origin);

        var response = await page.GotoAsync(url);
        var headings = await page.Locator("h1").CountAsync();
        var violations = await AxeScan.ViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(layout, 1280), FullPage = true });

        // One load serves every width: resizing the viewport reflows the same page, much faster than reloading it.
        await page.SetViewportSizeAsync(375, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(layout, 375), FullPage = true });
        await page.SetViewportSizeAsync(320, 800);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        output.WriteLine($"Screenshots: {site.ScreenshotFolder}");
        Assert.Equal(expectedStatus, response?.Status);
        Assert.True(headings == 1, $"{url} has {headings} h1 elements; a page needs exactly one.");
        watch.AssertNone(url);
        Assert.True(violations.Count == 0, AxeScan.Describe(url, violations));
        Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow} px at 320 px wide (WCAG 1.4.10 reflow).");
    }

    private string ScreenshotPath(string layout, int width) => Path.Combine(site.ScreenshotFolder, $"{layout}-{width}.png");
}
