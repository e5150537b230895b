using System.Collections.Concurrent;
using Movement.Browser.Tests.Fixtures;
using Xunit.Abstractions;

namespace Movement.Browser.Tests.Layouts;

/// <summary>
/// Every layout of the demo site, in a real browser: it loads with the right status, nothing errs or
/// fails or leaves our origin, it has exactly one h1, axe-core finds no WCAG A/AA violation, and it
/// reflows at 320 px without horizontal scrolling. With MOVEMENT_SCREENSHOTS=1, each layout is also
/// photographed at 375 and 1280 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LayoutTests(BrowserSite site, ITestOutputHelper output)
{
    public static TheoryData<string, string> Layouts { get; } = new()
    {
        { "home", "/" },
        { "briefs", "/briefs/" },
        { "brief", "/briefs/five-calls/" },
        { "brief-with-contents", "/briefs/manifesto-for-babies/" },
        { "theories-of-change", "/theory-of-change/" },
        { "theory-of-change", "/theory-of-change/2020-2023/" },
        { "awareness-weeks", "/awareness-week/" },
        { "awareness-week", "/awareness-week/2025/" },
        { "resource", "/awareness-week/2025/resources/badge/" },
        { "resource-document", "/awareness-week/2025/resources/commissioner-briefing/" },
        { "members", "/members/" },
        { "members-by-nation", "/members/nation/wales/" },
        { "members-by-type", "/members/type/charity/" },
        { "member", "/members/oxpip/" },
        { "news", "/news/" },
        { "news-page-2", "/news/page/2/" },
        { "news-article", "/news/manifesto-for-babies-launched/" },
        { "events", "/events/" },
        { "event", "/events/ayrshire-learning-day-2027/" },
        { "member-with-events", "/members/city-of-wolverhampton-council/" },
        { "about", "/about/" },
        { "accessibility", "/accessibility/" },
        { "topics", "/topics/" },
        { "topic", "/topics/strategy/" },
        { "nations", "/nations/" },
        { "nation", "/nations/wales/" },
        { "welsh-page", "/cy/amdanom/" },
        { "not-found", "/no-such-page/" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Every_layout_loads_cleanly_and_axe_finds_nothing(string layout, string url)
    {
        var scans = await site.OnceAsync("layout-scans", ScanAllAsync);
        var scan = scans[layout];

        output.WriteLine($"Screenshots (with {LayoutScan.ScreenshotsVariable}=1): {site.ScreenshotFolder}");
        Assert.Equal(layout == "not-found" ? 404 : 200, scan.Status);
        Assert.True(scan.Headings == 1, $"{url} has {scan.Headings} h1 elements; a page needs exactly one.");
        Assert.True(scan.Problems.Count == 0, $"{url} had problems:\n  " + string.Join("\n  ", scan.Problems));
        Assert.True(scan.Violations.Length == 0, scan.Violations);
        Assert.True(scan.Overflow <= 0, $"{url} scrolls sideways by {scan.Overflow} px at 320 px wide (WCAG 1.4.10 reflow).");
    }

    /// <summary>
    /// Scans every layout, four pages at a time: much of a page's time is waiting for its network to go quiet,
    /// so more pages than cores keep the browser busy.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, LayoutScan>> ScanAllAsync()
    {
        var scans = new ConcurrentDictionary<string, LayoutScan>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) };
        await Parallel.ForEachAsync(Layouts, parallel, async (row, _) =>
        {
            var (layout, url) = ((string)row[0], (string)row[1]);
            scans[layout] = await LayoutScan.RunAsync(site, layout, url);
        });
        return scans;
    }
}
