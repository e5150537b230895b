using Movement.Testing;

namespace Movement.Site.Tests.Languages;

/// <summary>The pairing rule (x.md + x.cy.md), Welsh URLs, lang attributes, alternates and the checks on pairs.</summary>
public class PairingTests
{
    private const string Settings = """
        -- site.yml --
        title: Test Movement
        base_url: https://test.example.org
        languages: [en, cy]
        organisation: Parent-Infant Foundation
        navigation:
          - title: Briefs
            title_cy: Briffiau
            url: /briefs/
          - title: News
            url: /news/

        """;

    private const string Brief = """
        -- briefs/workforce.md --
        ---
        title: Develop the workforce
        summary: Babies need skilled people.
        date: 2024-03-19
        nations: [wales]
        asks:
          - title: Train staff
            detail: Why.
        ---
        Body

        """;

    private const string WelshBrief = """
        -- briefs/workforce.cy.md --
        ---
        title: Datblygu'r gweithlu
        summary: Mae babanod angen pobl fedrus.
        slug: gweithlu
        date: 2024-03-19
        nations: [wales]
        asks:
          - title: Hyfforddi staff
            detail: Pam.
        ---
        Corff

        """;

    [Fact]
    public async Task A_welsh_file_beside_its_english_is_its_translation_under_cy_with_its_own_slug()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Settings + Brief + WelshBrief);

        site.AssertSucceeded();
        var welsh = site.Html("cy/briefs/gweithlu/index.html");
        Assert.Equal("cy", welsh.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Datblygu'r gweithlu", welsh.QuerySelector("h1")!.TextContent);
        var english = site.Html("briefs/workforce/index.html");
        Assert.Equal("en-GB", english.DocumentElement.GetAttribute("lang"));

        foreach (var page in new[] { welsh, english })
        {
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
            Assert.Equal("https://test.example.org/briefs/workforce/", alternates["en"]);
            Assert.Equal("https://test.example.org/cy/briefs/gweithlu/", alternates["cy"]);
            Assert.Equal("https://test.example.org/briefs/workforce/", alternates["x-default"]);
        }
    }

    [Fact]
    public async Task The_toggle_names_the_current_language_and_links_the_other_in_its_own_language()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Settings + Brief + WelshBrief);

        var english = site.Html("briefs/workforce/index.html");
        var toggle = english.QuerySelector("nav.language-toggle")!;
        Assert.Equal("English", toggle.QuerySelector("[aria-current]")!.TextContent);
        var link = toggle.QuerySelector("a")!;
        Assert.Equal("/cy/briefs/gweithlu/", link.GetAttribute("href"));
        Assert.Equal("cy", link.GetAttribute("lang"));
        Assert.Equal("cy", link.GetAttribute("hreflang"));
        Assert.Equal("Newid yr iaith i'r Gymraeg", link.QuerySelector(".visually-hidden")!.TextContent);

        var back = site.Html("cy/briefs/gweithlu/index.html").QuerySelector("nav.language-toggle a")!;
        Assert.Equal("/briefs/workforce/", back.GetAttribute("href"));
        Assert.Equal("en", back.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_page_with_no_translation_links_the_other_languages_home_and_says_so()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Settings + Brief);

        site.AssertSucceeded();
        var link = site.Html("briefs/workforce/index.html").QuerySelector("nav.language-toggle a")!;
        Assert.Equal("/cy/", link.GetAttribute("href"));
        Assert.Contains("hafan", link.QuerySelector(".visually-hidden")!.TextContent, StringComparison.Ordinal);
        Assert.True(site.Has("cy/index.html"));
        Assert.Empty(site.Html("briefs/workforce/index.html").QuerySelectorAll("link[hreflang]"));
    }

    [Fact]
    public async Task Welsh_pages_speak_welsh_in_the_frame_and_mark_english_left_in_it()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Settings + Brief + WelshBrief);

        var welsh = site.Html("cy/briefs/gweithlu/index.html");
        Assert.Equal("Neidio i'r prif gynnwys", welsh.QuerySelector(".skip-link")!.TextContent);
        var navigation = welsh.QuerySelectorAll("nav.menu-body a, .menu-body nav a").ToList();
        Assert.Contains(navigation, a => a.TextContent == "Briffiau" && a.GetAttribute("lang") is null && a.GetAttribute("href") == "/cy/briefs/" && a.GetAttribute("aria-current") == "page");
        Assert.Contains(navigation, a => a.TextContent == "News" && a.GetAttribute("lang") == "en");
        var crumbs = welsh.QuerySelectorAll("nav.breadcrumbs a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(("Hafan", "/cy/"), crumbs[0]);
        Assert.Contains("yn cael ei gydlynu gan y Parent-Infant Foundation.", welsh.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_listings_list_english_items_and_the_welsh_home_marks_what_is_not_yet_welsh()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Settings + Brief + WelshBrief + """
            -- briefs/investment.md --
            ---
            title: Invest early
            summary: S
            date: 2024-01-01
            ---

            """);

        site.AssertSucceeded();
        Assert.DoesNotContain("gweithlu", site.Text("briefs/index.html"), StringComparison.Ordinal);
        var home = site.Html("cy/index.html");
        Assert.Equal("cy", home.DocumentElement.GetAttribute("lang"));
        var untranslated = home.QuerySelectorAll("a[href='/briefs/investment/']").Single();
        Assert.Equal("en", untranslated.GetAttribute("lang"));
        Assert.Contains("Nid yw ar gael yn Gymraeg eto", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://test.example.org/cy/", site.Html("index.html").QuerySelector("link[hreflang=cy]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sitemap_names_each_pages_translations()
    {
        var site = await TestSite.BuildAsync(Settings + Brief + WelshBrief);

        var sitemap = site.Text("sitemap.xml");
        Assert.Contains("<loc>https://test.example.org/cy/briefs/gweithlu/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"cy\" href=\"https://test.example.org/cy/briefs/gweithlu/\" />", sitemap, StringComparison.Ordinal);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://test.example.org/briefs/workforce/\" />", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_welsh_file_with_no_english_original_is_reported()
    {
        var site = await TestSite.BuildAsync(Settings + WelshBrief);

        var error = site.AssertDiagnostic("MV0820", "briefs/workforce.cy.md");
        Assert.Contains("briefs/workforce.md", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_whose_date_nations_or_asks_differ_is_reported_at_the_field()
    {
        var site = await TestSite.BuildAsync(Settings + Brief + WelshBrief
            .Replace("date: 2024-03-19", "date: 2024-03-20", StringComparison.Ordinal)
            .Replace("nations: [wales]", "nations: [wales, england]", StringComparison.Ordinal)
            .Replace("    detail: Pam.", "    detail: Pam.\n  - title: Ail\n    detail: Pam.", StringComparison.Ordinal));

        site.AssertDiagnostic("MV0821", "briefs/workforce.cy.md", 5);
        site.AssertDiagnostic("MV0821", "briefs/workforce.cy.md", 6);
        var asks = site.AssertDiagnostic("MV0821", "briefs/workforce.cy.md", 8);
        Assert.Contains("'2' here but '1'", asks.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lang_field_that_contradicts_the_file_name_is_reported_with_the_right_name()
    {
        var site = await TestSite.BuildAsync(Settings + Brief.Replace("date: 2024-03-19", "date: 2024-03-19\nlang: cy", StringComparison.Ordinal));

        var error = site.AssertDiagnostic("MV0822", "briefs/workforce.md", 5);
        Assert.Contains("briefs/workforce.cy.md", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_lang_is_reported_with_the_known_ones()
    {
        var site = await TestSite.BuildAsync(Settings + Brief.Replace("date: 2024-03-19", "date: 2024-03-19\nlang: fr", StringComparison.Ordinal));

        var error = site.AssertDiagnostic("MV0103", "briefs/workforce.md", 5);
        Assert.Contains("cy", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Untranslated_fail_reports_each_english_item_without_its_translation()
    {
        var site = await TestSite.BuildAsync(Settings.Replace("languages: [en, cy]", "languages: [en, cy]\nuntranslated: fail", StringComparison.Ordinal) + Brief);

        var error = site.AssertDiagnostic("MV0823", "briefs/workforce.md");
        Assert.Contains("briefs/workforce.cy.md", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_in_a_language_the_site_does_not_publish_is_reported()
    {
        var site = await TestSite.BuildAsync(Brief + WelshBrief);

        site.AssertDiagnostic("MV0824", "briefs/workforce.cy.md");
    }
}
