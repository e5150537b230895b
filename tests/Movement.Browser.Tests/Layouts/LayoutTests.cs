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

        // The wide check and the two narrow views are independent pages of the one browser, so they run together.
        var wide = CheckAsync(layout, url, expectedStatus);
        var reflow = HorizontalOverflowAsync(url, 320);
        var phone = ScreenshotAsync(layout, url, 375);

        var (problems, violations) = await wide;
        var overflow = await reflow;
        await phone;

        output.WriteLine($"Screenshots: {site.ScreenshotFolder}");
        Assert.True(problems.Count == 0, $"{url}:\n  " + string.Join("\n  ", problems));
        Assert.True(violations.Length == 0, violations);
        Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow} px at 320 px wide (WCAG 1.4.10 reflow).");
    }

    /// <summary>Loads the page at 1280 px and returns what went wrong outside axe, and axe's report ("" when clean).</summary>
    private async Task<(List<string> Problems, string Violations)> CheckAsync(string layout, string url, int expectedStatus)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page, site.Server.Origin);

        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var problems = new List<string>();
        if (response?.Status != expectedStatus)
        {
            problems.Add($"status {response?.Status}, expected {expectedStatus}");
        }

        var headings = await page.Locator("h1").CountAsync();
        if (headings != 1)
        {
            problems.Add($"{headings} h1 elements, expected exactly one");
        }

        var violations = await AxeScan.ViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(layout, 1280), FullPage = true });
        problems.AddRange(watch.Problems);
        return (problems, violations.Count == 0 ? "" : AxeScan.Describe(url, violations));
    }

    private async Task<int> HorizontalOverflowAsync(string url, int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    private async Task ScreenshotAsync(string layout, string url, int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(layout, width), FullPage = true });
    }

    private string ScreenshotPath(string layout, int width) => Path.Combine(site.ScreenshotFolder, $"{layout}-{width}.png");
}
