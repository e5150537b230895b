using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Movement.Browser.Tests.Layouts;

namespace Movement.Browser.Tests.Tracker;

/// <summary>
/// The policy tracker in a real browser: the table and an ask's page are axe-clean at 1280 and 320 px and fit
/// a phone (the table scrolls inside its own region, not the page), and the filters are reached and followed
/// with the keyboard, with and without JavaScript, to the same pre-built page. Six page loads in all.
/// </summary>
[Collection(BrowserCollection.Name)]
public class TrackerBrowserTests(BrowserSite site)
{
    [Theory]
    [InlineData("tracker", "/tracker/")]
    [InlineData("tracker-ask", "/tracker/strategic-commitment/")]
    public async Task The_tracker_and_an_ask_page_are_axe_clean_and_fit_320_px(string layout, string url)
    {
        var scan = await LayoutScan.RunAsync(site, layout, url); // Also photographs each at 375 and 1280 px.

        Assert.Equal(200, scan.Status);
        Assert.Equal(1, scan.Headings);
        Assert.True(scan.Problems.Count == 0, string.Join("\n", scan.Problems));
        Assert.True(scan.Violations.Length == 0, scan.Violations);
        Assert.True(scan.Overflow <= 0, $"{url} scrolls sideways by {scan.Overflow} px at 320 px.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Keyboard_users_reach_a_filter_and_follow_it_to_its_prebuilt_page(bool javaScript)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page, site.Server.Origin);
        await page.GotoAsync("/tracker/");

        // Tab from the top of the page until the filter has focus: it is in the tab order, not only clickable.
        var reached = false;
        for (var presses = 0; presses < 60 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.textContent === 'Scottish Government' && !!document.activeElement.closest('.tracker-filters')");
        }

        Assert.True(reached, "Tabbing never reached the 'Scottish Government' filter.");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressEndingAsync("/tracker/filter/scottish-government/any/");

        Assert.Equal(["Ask", "Scottish Government"], await page.Locator("table.tracker thead th").AllInnerTextsAsync());
        Assert.Equal(5, await page.Locator("table.tracker tbody tr").CountAsync());
        Assert.Equal("page", await page.Locator(".tracker-filters a", new() { HasText = "Scottish Government" }).GetAttributeAsync("aria-current"));
        // The wide table scrolls in its own region, which takes focus so keyboard users can scroll it too.
        Assert.Equal("0", await page.Locator(".table-scroll[role=region]").GetAttributeAsync("tabindex"));
        watch.AssertNone("/tracker/");
    }
}
