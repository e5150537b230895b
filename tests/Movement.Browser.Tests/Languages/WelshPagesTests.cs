using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Movement.Browser.Tests.Layouts;

namespace Movement.Browser.Tests.Languages;

/// <summary>
/// The Welsh side of the demo in a real browser: Welsh pages pass axe at 1280 and 320 px and reflow; the language
/// toggle leads from an English page to its Welsh version and back, each page and link saying its language; the
/// Welsh search finds a word in a mutated form; the Welsh member directory filters and answers in Welsh. Few page loads: each load checks several things.
/// </summary>
[Collection(BrowserCollection.Name)]
public class WelshPagesTests(BrowserSite site)
{
    private static readonly string[] WelshPages = ["/cy/", "/cy/briefs/pum-galwad/", "/cy/awareness-week/2025/", "/cy/search/", "/cy/members/"];

    [Fact]
    public async Task Welsh_pages_load_cleanly_and_axe_finds_nothing_at_1280_and_320_px()
    {
        var scans = await Task.WhenAll(WelshPages.Select(url => LayoutScan.RunAsync(site, "welsh" + url.Replace('/', '-').TrimEnd('-'), url)));

        foreach (var (url, scan) in WelshPages.Zip(scans))
        {
            Assert.Equal(200, scan.Status);
            Assert.True(scan.Headings == 1, $"{url} has {scan.Headings} h1 elements.");
            Assert.True(scan.Problems.Count == 0, $"{url} had problems:\n  " + string.Join("\n  ", scan.Problems));
            Assert.True(scan.Violations.Length == 0, scan.Violations);
            Assert.True(scan.Overflow <= 0, $"{url} scrolls sideways by {scan.Overflow} px at 320 px wide.");
        }
    }

    [Fact]
    public async Task The_toggle_leads_to_the_welsh_version_and_back_and_each_page_says_its_language()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page, site.Server.Origin);

        await page.GotoAsync("/briefs/five-calls/");
        Assert.Equal("en-GB", await page.GetAttributeAsync("html", "lang"));
        var toWelsh = page.Locator("nav.language-toggle a");
        Assert.Equal("cy", await toWelsh.GetAttributeAsync("lang"));
        Assert.Equal("cy", await toWelsh.GetAttributeAsync("hreflang"));
        Assert.Equal("English", (await page.Locator("nav.language-toggle [aria-current]").TextContentAsync())!.Trim());
        await toWelsh.ClickAsync(); // Visible and within reach on a phone, the menu folded.

        await page.WaitForAddressEndingAsync("/cy/briefs/pum-galwad/");
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Pum galwad ar y rhai sy'n gwneud penderfyniadau", (await page.Locator("h1").TextContentAsync())!.Trim());
        var toEnglish = page.Locator("nav.language-toggle a");
        Assert.Equal("en", await toEnglish.GetAttributeAsync("lang"));
        Assert.Equal("Change the language to English", (await toEnglish.Locator(".visually-hidden").TextContentAsync())!.Trim());
        await toEnglish.ClickAsync();
        await page.WaitForAddressEndingAsync("/briefs/five-calls/");

        // The Welsh search, in Welsh, finds "Cymru" when asked for "Nghymru".
        await page.GotoAsync("/cy/search/?q=Nghymru");
        var result = page.Locator("[data-search-results] a[href='/cy/amdanom/']");
        try
        {
            await result.WaitForAsync();
        }
        catch (TimeoutException)
        {
            Assert.Fail("The Welsh search showed no result: " + string.Join("\n", watch.Problems) + "\n" + await page.Locator("[data-search-status]").TextContentAsync());
        }

        Assert.Empty(watch.Problems);
        Assert.Contains("canlyniad", await page.Locator("[data-search-status]").TextContentAsync(), StringComparison.Ordinal);

        // The Welsh directory: its script filters in place and answers in Welsh; the members' English pages are marked.
        await page.GotoAsync("/cy/members/");
        Assert.Equal("en", await page.Locator("#member-list .members a").First.GetAttributeAsync("lang"));
        await page.Locator("details.filters-fold summary").ClickAsync(); // Folded on a phone.
        await page.Locator("a[data-nation=wales]").ClickAsync();
        await page.WaitForAddressEndingAsync("/cy/members/nation/wales/");
        Assert.Equal("Aelodau: Cymru", (await page.Locator("h1").TextContentAsync())!.Trim());
        await page.Locator("#member-find-q").FillAsync("zzzz");
        await Assertions.Expect(page.Locator("#members-count")).ToHaveTextAsync("Does dim aelodau'n cyfateb i “zzzz”. Rhowch gynnig ar ran o enw neu dref.");
        Assert.Empty(watch.Problems);
    }
}
