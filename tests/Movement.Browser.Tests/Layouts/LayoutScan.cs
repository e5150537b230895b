using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Layouts;

/// <summary>What one layout's page showed in the browser: the facts the layout test judges.</summary>
public sealed record LayoutScan(int? Status, int Headings, IReadOnlyList<string> Problems, string Violations, int Overflow)
{
    /// <summary>Set to 1 to photograph every layout at 1280 and 375 px into TestResults/screenshots.</summary>
    public const string ScreenshotsVariable = "MOVEMENT_SCREENSHOTS";

    /// <summary>
    /// Loads the page once at 1280 px (status, h1 count, axe, screenshot), then narrows the same page to
    /// 375 px (screenshot) and 320 px (sideways scroll, axe again: the phone layout folds the menu and shows
    /// other things): resizing reflows it much faster than reloading.
    /// </summary>
    public static async Task<LayoutScan> RunAsync(BrowserSite site, string layout, string url)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page, site.Server.Origin);
        try
        {
            var response = await page.GotoAsync(url);
            var headings = await page.Locator("h1").CountAsync();
            var violations = await AxeScan.ViolationsAsync(page);
            await PhotographAsync(page, site, layout, 1280);
            await page.SetViewportSizeAsync(375, 800);
            await PhotographAsync(page, site, layout, 375);
            await page.SetViewportSizeAsync(320, 800);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            violations = [.. violations, .. await AxeScan.ViolationsAsync(page)];
            // Narrowing starts lazy pictures loading; let them finish, or closing the page aborts them (a false "failed request").
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            return new LayoutScan(response?.Status, headings, watch.Problems, violations.Count == 0 ? "" : AxeScan.Describe(url, violations), overflow);
        }
        catch (PlaywrightException error)
        {
            return new LayoutScan(null, 0, [.. watch.Problems, $"the browser failed: {error.Message}"], "", 0);
        }
    }

    /// <summary>
    /// A full-page screenshot for a person to look at, when <see cref="ScreenshotsVariable"/> is 1: encoding them
    /// is a third of the scan's time, and no test reads them.
    /// </summary>
    private static async Task PhotographAsync(IPage page, BrowserSite site, string layout, int width)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) == "1")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(site, layout, width), FullPage = true });
        }
    }

    private static string ScreenshotPath(BrowserSite site, string layout, int width) => Path.Combine(site.ScreenshotFolder, $"{layout}-{width}.png");
}
