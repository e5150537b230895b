using Movement.Testing;

namespace Movement.Site.Tests.Tracker;

public class TrackerPageTests
{
    [Fact]
    public async Task The_tracker_is_a_table_of_asks_by_government_with_positions_in_words()
    {
        var site = await TestSite.BuildWithRealThemeAsync(TrackerSites.Both);

        site.AssertSucceeded();
        var table = site.Html("tracker/index.html").QuerySelector("table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.Equal(["Ask", "UK Government", "Scottish Government", "Welsh Government", "Northern Ireland Executive"],
            table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        var row = table.QuerySelector("tbody tr")!;
        Assert.Contains("Make a strategic commitment", row.QuerySelector("th[scope=row]")!.TextContent);
        var cells = row.QuerySelectorAll("td").Select(td => string.Join(" ", td.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal("Committed Delivery: in progress Since 1 August 2022", cells[0]);
        Assert.StartsWith("Considering Delivery: not started", cells[1]);
        Assert.Equal("Not tracked yet", cells[2]);
        Assert.Equal("0", site.Html("tracker/index.html").QuerySelector(".table-scroll[role=region]")!.GetAttribute("tabindex"));
    }

    [Fact]
    public async Task Filters_are_prebuilt_pages_that_keep_the_other_filter()
    {
        var site = await TestSite.BuildWithRealThemeAsync(TrackerSites.Both);

        var filtered = site.Html("tracker/filter/uk-government/committed/index.html");
        Assert.Equal(["Ask", "UK Government"], filtered.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Single(filtered.QuerySelectorAll("tbody tr"));
        Assert.Equal("/tracker/filter/scottish-government/committed/", filtered.QuerySelectorAll(".tracker-filters a").First(a => a.TextContent == "Scottish Government").GetAttribute("href"));
        Assert.Equal("page", filtered.QuerySelectorAll(".tracker-filters a").First(a => a.TextContent == "Committed").GetAttribute("aria-current"));
        site.AssertFile("tracker/filter/all/rejected/index.html", "No ask has this status just now.");
        site.AssertFile("tracker/filter/welsh-government/any/index.html", "Welsh Government");
    }

    [Fact]
    public async Task An_ask_page_shows_each_governments_history_newest_first_with_evidence()
    {
        var site = await TestSite.BuildWithRealThemeAsync(TrackerSites.Both);

        var page = site.Text("tracker/strategic-commitment/index.html");
        site.AssertFile("tracker/strategic-commitment/index.html", "<h1>Make a strategic commitment</h1>", "href=\"/briefs/calls/#policy-ask-1\">Our calls</a>",
            "id=\"uk-government-2021-03-25\"", "<a href=\"https://www.gov.uk/\">The best start for life</a>", "Department of Health and Social Care", "(illustrative)",
            "Nothing is recorded yet.");
        Assert.True(page.IndexOf("uk-government-2022-08-01", StringComparison.Ordinal) < page.IndexOf("uk-government-2021-03-25", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_brief_shows_where_its_tracked_asks_stand_and_links_to_them()
    {
        var site = await TestSite.BuildWithRealThemeAsync(TrackerSites.Both);

        var asks = site.Html("briefs/calls/index.html").QuerySelectorAll("ol.asks > li").ToList();
        Assert.Contains("href=\"/tracker/strategic-commitment/\"", asks[0].InnerHtml);
        Assert.Contains("UK Government committed, delivery in progress", asks[0].TextContent);
        Assert.DoesNotContain("Where governments stand", asks[2].TextContent);
    }

    [Fact]
    public async Task Changes_are_listed_newest_first_and_published_as_feeds()
    {
        var site = await TestSite.BuildWithRealThemeAsync(TrackerSites.Both);

        var changes = site.Text("tracker/changes/index.html");
        Assert.Contains("Last updated <time datetime=\"2022-08-01\">1 August 2022</time>", changes);
        Assert.Contains("Committed, delivery in progress (was: partly committed, not started)", changes);
        Assert.True(changes.IndexOf("1 August 2022", StringComparison.Ordinal) < changes.IndexOf("25 March 2021", StringComparison.Ordinal));
        var atom = System.Xml.Linq.XDocument.Parse(site.Text("tracker/changes/atom.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal(3, atom.Root!.Elements(ns + "entry").Count());
        Assert.Equal("https://test.example.org/tracker/strategic-commitment/#uk-government-2022-08-01", atom.Root.Element(ns + "entry")!.Element(ns + "id")!.Value);
        var json = System.Text.Json.Nodes.JsonNode.Parse(site.Text("tracker/changes/feed.json"))!;
        Assert.Equal("UK Government: Make a strategic commitment", (string?)json["items"]![0]!["title"]);

        // Every tracker page names the feeds of changes in its head, beside the site's news; other sections do not.
        foreach (var page in new[] { "tracker/index.html", "tracker/strategic-commitment/index.html", "tracker/changes/index.html", "tracker/filter/uk-government/any/index.html" })
        {
            var feeds = site.Html(page).QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")).ToList();
            Assert.Contains("https://test.example.org/tracker/changes/atom.xml", feeds);
            Assert.Contains("https://test.example.org/tracker/changes/feed.json", feeds);
        }

        Assert.DoesNotContain("tracker/changes/atom.xml", site.Text("briefs/calls/index.html"));
        Assert.Contains("/tracker/changes/feed.xml", site.Text("_headers")); // Readers on other sites may fetch it, as the other feeds.
    }

    [Fact]
    public async Task An_entry_dated_after_today_waits_for_its_day()
    {
        var future = TrackerSites.Both.Replace("date: 2022-08-01", "date: 2027-01-10");

        var before = await TestSite.BuildWithRealThemeAsync(future);
        var after = await TestSite.BuildWithRealThemeAsync(future, now: new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));

        before.AssertSucceeded();
        Assert.DoesNotContain("2027-01-10", before.Text("tracker/strategic-commitment/index.html"));
        var waiting = Assert.Single(before.Report.Scheduled);
        Assert.Equal(("tracker/strategic-commitment.md", "/tracker/strategic-commitment/#uk-government-2027-01-10", new DateOnly(2027, 1, 10)), (waiting.Source, waiting.Url, waiting.Date));
        Assert.Contains("uk-government-2027-01-10", after.Text("tracker/strategic-commitment/index.html"));
    }
}
