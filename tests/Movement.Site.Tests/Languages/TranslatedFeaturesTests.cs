using System.Text.Json.Nodes;
using Movement.Testing;

namespace Movement.Site.Tests.Languages;

/// <summary>What the other features do with a pair: the API names translations, each language has its feeds, the staff page tracks them.</summary>
public class TranslatedFeaturesTests
{
    private const string Site = """
        -- site.yml --
        title: Test Movement
        base_url: https://test.example.org
        languages: [en, cy]
        -- pages/about.md --
        ---
        title: About us
        summary: Who we are.
        ---
        We are a movement.
        -- pages/about.cy.md --
        ---
        title: Amdanom ni
        summary: Pwy ydym ni.
        slug: amdanom
        translated_from: 0000000000
        ---
        Mudiad ydyn ni.
        -- pages/privacy.md --
        ---
        title: Privacy
        summary: What we keep.
        ---
        Nothing.
        -- news/launch.md --
        ---
        title: Launch
        summary: We launched.
        date: 2024-01-01
        ---
        -- news/launch.cy.md --
        ---
        title: Lansio
        summary: Fe lansion ni.
        date: 2024-01-01
        ---

        """;

    [Fact]
    public async Task Api_documents_name_every_language_version()
    {
        var site = await TestSite.BuildAsync(Site);

        site.AssertSucceeded();
        var english = JsonNode.Parse(site.Text("api/v1/content/about.json"))!;
        var translations = english["translations"]!.AsArray().Select(t => (t!["lang"]!.GetValue<string>(), t["url"]!.GetValue<string>())).ToList();
        Assert.Equal([("en", "https://test.example.org/about/"), ("cy", "https://test.example.org/cy/amdanom/")], translations);
        Assert.Equal("cy", JsonNode.Parse(site.Text("api/v1/content/cy/amdanom.json"))!["lang"]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(site.Text("api/v1/content/privacy.json"))!["translations"]);
    }

    [Fact]
    public async Task Each_language_has_its_own_feeds_of_its_own_items()
    {
        var site = await TestSite.BuildAsync(Site);

        site.AssertSucceeded();
        var english = System.Xml.Linq.XDocument.Parse(site.Text("news/feed.xml")).Root!.Element("channel")!;
        Assert.Equal(["Launch"], english.Elements("item").Select(i => i.Element("title")!.Value));
        Assert.Equal("en-gb", english.Element("language")!.Value);
        var welsh = System.Xml.Linq.XDocument.Parse(site.Text("cy/news/feed.xml")).Root!.Element("channel")!;
        Assert.Equal(["Lansio"], welsh.Elements("item").Select(i => i.Element("title")!.Value));
        Assert.Equal("cy", welsh.Element("language")!.Value);
        Assert.Equal("https://test.example.org/cy/", welsh.Element("link")!.Value); // No Welsh news listing yet.
        var atom = System.Xml.Linq.XDocument.Parse(site.Text("cy/news/atom.xml")).Root!;
        Assert.Equal("cy", atom.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value);
        var json = JsonNode.Parse(site.Text("cy/news/feed.json"))!;
        Assert.Equal("cy", json["language"]!.GetValue<string>());
        Assert.Equal("https://test.example.org/cy/news/feed.json", json["feed_url"]!.GetValue<string>());
        Assert.Equal(["Lansio"], json["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Welsh_pages_link_the_welsh_feeds_and_english_pages_the_english()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        var welsh = site.Text("cy/amdanom/index.html");
        Assert.Contains("href=\"https://test.example.org/cy/news/feed.xml\"", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://test.example.org/news/feed.xml\"", welsh, StringComparison.Ordinal);
        var english = site.Text("about/index.html");
        Assert.Contains("href=\"https://test.example.org/news/feed.xml\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain("/cy/news/feed.xml", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_welsh_trail_leaves_out_a_section_with_no_welsh_listing()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        var trail = site.Html("cy/news/launch/index.html").QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/cy/"], trail);
        Assert.Equal(["/", "/news/"], site.Html("news/launch/index.html").QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Unknown_welsh_addresses_get_the_welsh_404_page()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        var page = site.Html("cy/404.html");
        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Heb ddod o hyd i'r dudalen", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["/cy/", "/cy/briefs/", "/cy/members/"], page.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Page not found", site.Html("404.html").QuerySelector("main h1")!.TextContent);
        Assert.EndsWith("/cy/* /cy/404.html 404\n", site.Text("_redirects"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_name_is_in_welsh_on_welsh_pages_and_marked_english_without_one()
    {
        var named = await TestSite.BuildWithRealThemeAsync(Site.Replace("title: Test Movement\n", "title: Test Movement\ntitle_cy: Mudiad Prawf\ndescription_cy: Disgrifiad.\n", StringComparison.Ordinal));
        var unnamed = await TestSite.BuildWithRealThemeAsync(Site);

        named.AssertSucceeded();
        named.AssertFile("cy/amdanom/index.html", "<title>Amdanom ni | Mudiad Prawf</title>", "<strong>Mudiad Prawf</strong>", "Disgrifiad.");
        named.AssertFile("about/index.html", "<title>About us | Test Movement</title>");
        unnamed.AssertFile("cy/amdanom/index.html", "<strong lang=\"en\">Test Movement</strong>");
    }

    [Fact]
    public async Task The_translation_status_page_lists_missing_and_out_of_date_translations_for_staff()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        var page = site.Html("translation-status/index.html");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var rows = page.QuerySelectorAll("main li.card").Select(li => li.TextContent).ToList();
        Assert.Contains("Out of date", rows[0], StringComparison.Ordinal); // Worst first: about.cy.md names an old fingerprint.
        Assert.Contains("pages/about.cy.md", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains("No Welsh version yet", StringComparison.Ordinal) && r.Contains("pages/privacy.cy.md", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Not recorded", StringComparison.Ordinal) && r.Contains("news/launch.cy.md", StringComparison.Ordinal));
        Assert.DoesNotContain("translation-status", site.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_made_from_the_current_english_is_up_to_date()
    {
        var first = await TestSite.BuildWithRealThemeAsync(Site);
        var fingerprint = first.Html("translation-status/index.html").QuerySelectorAll("main li.card")
            .First(li => li.TextContent.Contains("pages/about.cy.md", StringComparison.Ordinal))
            .QuerySelectorAll("code")[1].TextContent["translated_from: ".Length..];

        var site = await TestSite.BuildWithRealThemeAsync(Site.Replace("translated_from: 0000000000", $"translated_from: {fingerprint}", StringComparison.Ordinal));

        var row = site.Html("translation-status/index.html").QuerySelectorAll("main li.card").First(li => li.TextContent.Contains("pages/about.cy.md", StringComparison.Ordinal));
        Assert.Contains("Up to date", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_welsh_week_lists_its_welsh_resources_and_the_english_week_its_english_ones()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- site.yml --
            title: Test Movement
            base_url: https://test.example.org
            languages: [en, cy]
            -- awareness-week/2025/index.md --
            ---
            title: Week 2025
            theme: Holding
            summary: S
            start: 2025-06-09
            end: 2025-06-15
            ---
            -- awareness-week/2025/index.cy.md --
            ---
            title: Wythnos 2025
            theme: Dal
            summary: S
            start: 2025-06-09
            end: 2025-06-15
            ---
            -- awareness-week/2025/resources/poster.md --
            ---
            title: The email
            kind: email-text
            summary: S
            file: email.txt
            ---
            -- awareness-week/2025/resources/poster.cy.md --
            ---
            title: Yr e-bost
            kind: email-text
            summary: S
            file: email.txt
            ---
            -- awareness-week/2025/resources/email.txt --
            Dear leader,

            """);

        site.AssertSucceeded();
        var welsh = site.Text("cy/awareness-week/2025/index.html");
        Assert.Contains("/cy/awareness-week/2025/resources/poster/", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/awareness-week/2025/resources/poster/\"", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain("/cy/awareness-week/2025/resources/poster/\"", site.Text("awareness-week/2025/index.html").Replace("hreflang", "", StringComparison.Ordinal).Split("<main")[1], StringComparison.Ordinal);
    }
}
