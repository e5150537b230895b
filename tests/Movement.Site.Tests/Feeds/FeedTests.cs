using System.Text.Json.Nodes;
using System.Xml.Linq;
using Movement.Testing;

namespace Movement.Site.Tests.Feeds;

public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static TheoryData<string> Sections => new() { "news", "briefs" };

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Json_feed_items_have_the_required_fields(string section)
    {
        var site = await DemoSite.BuildAsync();
        var feed = JsonNode.Parse(site.Text($"{section}/feed.json"))!;

        Assert.Equal("https://jsonfeed.org/version/1.1", feed["version"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(feed["title"]!.GetValue<string>()));
        Assert.Equal($"https://first1001days.example.org/{section}/feed.json", feed["feed_url"]!.GetValue<string>());
        var items = feed["items"]!.AsArray();
        Assert.InRange(items.Count, 5, 50);
        Assert.Equal(items.Count, items.Select(i => i!["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(items, item =>
        {
            Assert.StartsWith("https://", item!["id"]!.GetValue<string>());
            Assert.NotNull(item["content_html"] ?? item["content_text"]);
            Assert.True(DateTimeOffset.TryParse(item["date_published"]!.GetValue<string>(), out _));
        });
        var dates = items.Select(i => i!["date_published"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Rss_feeds_are_well_formed_with_their_required_elements(string section)
    {
        var site = await DemoSite.BuildAsync();
        var rss = XDocument.Parse(site.Text($"{section}/feed.xml"));

        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        foreach (var name in new[] { "title", "link", "description" })
        {
            Assert.False(string.IsNullOrWhiteSpace(channel.Element(name)?.Value), $"channel has no {name}");
        }

        Assert.Equal($"https://first1001days.example.org/{section}/feed.xml", channel.Element(Atom + "link")!.Attribute("href")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")?.Value));
            Assert.StartsWith("https://", item.Element("link")!.Value);
            Assert.Equal(item.Element("link")!.Value, item.Element("guid")!.Value);
            Assert.Matches(@"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0000$", item.Element("pubDate")!.Value);
        });
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Atom_feeds_are_well_formed_with_their_required_elements(string section)
    {
        var site = await DemoSite.BuildAsync();
        var feed = XDocument.Parse(site.Text($"{section}/atom.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + name)?.Value), $"feed has no {name}");
        }

        Assert.Contains(feed.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "id")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
        });
        Assert.Equal(entries.Max(e => e.Element(Atom + "updated")!.Value), feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public async Task A_feed_carries_the_body_escaped_and_dated_from_the_content()
    {
        var site = await TestSite.BuildAsync("""
            -- news/a.md --
            ---
            title: Tom & Jerry <3
            date: 2025-06-09
            summary: S
            topics: [workforce]
            ---
            Some **bold** text.
            """);

        site.AssertSucceeded();
        var atom = XDocument.Parse(site.Text("news/atom.xml")).Root!;
        var entry = atom.Element(Atom + "entry")!;
        Assert.Equal("Tom & Jerry <3", entry.Element(Atom + "title")!.Value);
        Assert.Contains("<strong>bold</strong>", entry.Element(Atom + "content")!.Value);
        Assert.Equal("2025-06-09T00:00:00Z", atom.Element(Atom + "updated")!.Value);
        Assert.Equal("The workforce", XDocument.Parse(site.Text("news/feed.xml")).Descendants("category").Single().Value);
        Assert.Empty(XDocument.Parse(site.Text("briefs/feed.xml")).Descendants("item"));
    }

    [Fact]
    public async Task The_sitemap_lists_every_page_but_not_redirects_embeds_the_404_or_the_editor()
    {
        var site = await DemoSite.BuildAsync();
        var locs = XDocument.Parse(site.Text("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value.Replace("https://first1001days.example.org", "", StringComparison.Ordinal)).ToList();

        Assert.Equal(locs.Distinct().Count(), locs.Count);
        Assert.Contains("/", locs);
        Assert.Contains("/briefs/five-calls/", locs);
        Assert.Contains("/members/nation/wales/", locs);
        Assert.DoesNotContain(locs, l => l.StartsWith("/embed/", StringComparison.Ordinal) || l.StartsWith("/admin/", StringComparison.Ordinal) || l.Contains("404", StringComparison.Ordinal));
        Assert.DoesNotContain("/policy/manifesto-for-babies/", locs); // an alias
        Assert.All(locs, l => Assert.True(site.Has(l.TrimStart('/') + "index.html"), $"{l} has no page"));
        var pages = site.Files.Keys.Count(p => p.EndsWith("index.html", StringComparison.Ordinal) && !p.StartsWith("embed/", StringComparison.Ordinal)
            && !p.StartsWith("admin/", StringComparison.Ordinal) && !site.Text(p).Contains("noindex", StringComparison.Ordinal));
        Assert.Equal(pages, locs.Count);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_editor()
    {
        var robots = (await DemoSite.BuildAsync()).Text("robots.txt");

        Assert.Contains("Sitemap: https://first1001days.example.org/sitemap.xml", robots);
        Assert.Contains("Disallow: /admin/", robots);
    }

    [Fact]
    public async Task Pages_link_to_the_feeds_in_their_head()
    {
        var site = await DemoSite.BuildAsync();
        string[] Feeds(string page) => [.. site.Html(page).Head!.QuerySelectorAll("link[rel=alternate][type]").Select(l => l.GetAttribute("href")!)];

        Assert.Contains("https://first1001days.example.org/news/feed.xml", Feeds("index.html"));
        Assert.Contains("https://first1001days.example.org/news/feed.json", Feeds("news/index.html"));
        Assert.Contains("https://first1001days.example.org/briefs/atom.xml", Feeds("briefs/five-calls/index.html"));
        Assert.All(Feeds("briefs/index.html"), href => Assert.True(site.Has(href.Replace("https://first1001days.example.org/", "", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Feed_bodies_hold_only_absolute_addresses_and_still_parse()
    {
        var site = await DemoSite.BuildAsync();
        var bodies = new List<string>();
        foreach (var section in new[] { "news", "briefs" })
        {
            bodies.AddRange(XDocument.Parse(site.Text($"{section}/atom.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "content")!.Value));
            bodies.AddRange(JsonNode.Parse(site.Text($"{section}/feed.json"))!["items"]!.AsArray().Select(i => i!["content_html"]!.GetValue<string>()));
        }

        var addresses = bodies.SelectMany(b => new AngleSharp.Html.Parser.HtmlParser().ParseFragment(b, null!).OfType<AngleSharp.Dom.IElement>()
            .SelectMany(e => e.QuerySelectorAll("[href], [src]").Prepend(e))
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>()).ToList();
        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.Matches("^(https://|mailto:|tel:)", a));
        Assert.Contains(addresses, a => a.StartsWith("https://first1001days.example.org/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_relative_link_in_a_body_reaches_feed_readers_absolute()
    {
        var site = await TestSite.BuildAsync("""
            -- news/a.md --
            ---
            title: A
            date: 2025-06-09
            summary: S
            ---
            See [the brief](/briefs/b/), [below](#more) and [the list](../).

            ## More
            -- briefs/b.md --
            ---
            title: B
            summary: S
            date: 2024-01-01
            ---
            """);

        site.AssertSucceeded();
        var atom = XDocument.Parse(site.Text("news/atom.xml")).Root!.Element(Atom + "entry")!.Element(Atom + "content")!.Value;
        var json = JsonNode.Parse(site.Text("news/feed.json"))!["items"]![0]!["content_html"]!.GetValue<string>();
        foreach (var body in new[] { atom, json })
        {
            Assert.Contains("href=\"https://test.example.org/briefs/b/\"", body);
            Assert.Contains("href=\"https://test.example.org/news/a/#more\"", body);
            Assert.DoesNotMatch("href=\"(?!https://)", body); // '../' too, however the renderer resolved it.
        }
    }

    [Fact]
    public async Task The_sitemap_never_dates_a_page_in_the_future()
    {
        var site = await TestSite.BuildAsync("""
            -- awareness-week/2027/index.md --
            ---
            title: Week 2027
            theme: T
            summary: S
            start: 2027-06-07
            end: 2027-06-13
            ---
            -- awareness-week/2026/index.md --
            ---
            title: Week 2026
            theme: T
            summary: S
            start: 2026-06-08
            end: 2026-06-14
            ---
            """);

        site.AssertSucceeded();
        var urls = XDocument.Parse(site.Text("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        Assert.Null(urls["https://test.example.org/awareness-week/2027/"]); // Built on 2026-11-21: its start is still to come.
        Assert.Equal("2026-06-08", urls["https://test.example.org/awareness-week/2026/"]);
        Assert.All(urls.Values.OfType<string>(), d => Assert.True(string.CompareOrdinal(d, "2026-11-21") <= 0, d));
    }
}
