using System.Text.Json;
using AngleSharp.Html.Dom;
using Movement.Testing;

namespace Movement.Site.Tests.Metadata;

public class PageMetadataTests
{
    private const string Content = """
        -- briefs/workforce.md --
        ---
        title: Develop the workforce
        summary: Babies need skilled people around them.
        date: 2024-05-01
        updated: 2024-06-02
        ---
        Body.
        -- news/2025-01-10-launch.md --
        ---
        title: We launch a report
        summary: A new report on babies.
        date: 2025-01-10
        image: /images/launch.png
        alt: People at the launch
        ---
        Text.
        -- images/launch.png --
        not really a png
        -- members/oxpip.yml --
        name: OXPIP
        type: charity
        nations: [england, wales]
        region: Oxford
        website: https://oxpip.example.org/
        description: A parent-infant charity in Oxford.
        -- awareness-week/2025/index.md --
        ---
        title: Infant Mental Health Awareness Week 2025
        theme: Who is holding the baby?
        start: 2025-06-09
        end: 2025-06-15
        summary: A week about who looks out for babies.
        ---
        The week.
        -- pages/about.md --
        ---
        title: About us
        summary: Who we are.
        ---
        About.
        """;

    [Fact]
    public async Task Every_page_has_a_title_description_canonical_url_and_link_preview_tags()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Content);

        site.AssertSucceeded();
        var page = site.Html("briefs/workforce/index.html");
        Assert.Equal("Develop the workforce | Test Movement", page.Title);
        Assert.Equal("Babies need skilled people around them.", Meta(page, "name", "description"));
        Assert.Equal("https://test.example.org/briefs/workforce/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal("Develop the workforce", Meta(page, "property", "og:title"));
        Assert.Equal("https://test.example.org/briefs/workforce/", Meta(page, "property", "og:url"));
        Assert.Equal("Test Movement", Meta(page, "property", "og:site_name"));
        Assert.Equal("2024-05-01", Meta(page, "property", "article:published_time"));
        Assert.Equal("2024-06-02", Meta(page, "property", "article:modified_time"));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.Equal("Develop the workforce", Meta(page, "name", "twitter:title"));

        var about = site.Html("about/index.html");
        Assert.Equal("website", Meta(about, "property", "og:type"));
        Assert.Null(about.QuerySelector("meta[property='article:published_time']"));
    }

    [Fact]
    public async Task The_preview_image_is_the_pages_social_card_a_1200_by_630_png_with_its_size_and_alt()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Content, pictures: true);

        var news = site.Html("news/launch/index.html");
        var image = Meta(news, "property", "og:image")!;
        Assert.Matches(@"^https://test\.example\.org/cards/[0-9a-f]{16}\.png$", image);
        Assert.True(site.Has(image["https://test.example.org/".Length..]));
        Assert.Equal("image/png", Meta(news, "property", "og:image:type"));
        Assert.Equal("1200", Meta(news, "property", "og:image:width"));
        Assert.Equal("630", Meta(news, "property", "og:image:height"));
        Assert.Contains("News", Meta(news, "property", "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(news, "name", "twitter:card"));
        Assert.Equal(image, Meta(news, "name", "twitter:image"));
    }

    [Fact]
    public async Task Json_ld_describes_members_as_ngos_briefs_and_news_as_articles_and_weeks_as_events()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Content);

        var member = JsonLd(site.Html("members/oxpip/index.html"));
        Assert.Equal("NGO", member.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", member.GetProperty("@context").GetString());
        Assert.Equal("OXPIP", member.GetProperty("name").GetString());
        Assert.Equal("https://oxpip.example.org/", member.GetProperty("url").GetString());
        Assert.Equal(["England", "Wales"], member.GetProperty("areaServed").EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        var brief = JsonLd(site.Html("briefs/workforce/index.html"));
        Assert.Equal("Article", brief.GetProperty("@type").GetString());
        Assert.Equal("Develop the workforce", brief.GetProperty("headline").GetString());
        Assert.Equal("2024-05-01", brief.GetProperty("datePublished").GetString());
        Assert.Equal("2024-06-02", brief.GetProperty("dateModified").GetString());
        Assert.Equal("Test Movement", brief.GetProperty("publisher").GetProperty("name").GetString());

        var news = JsonLd(site.Html("news/launch/index.html"));
        Assert.Equal("Article", news.GetProperty("@type").GetString());
        Assert.Equal(Meta(site.Html("news/launch/index.html"), "property", "og:image"), news.GetProperty("image").GetString());

        var week = JsonLd(site.Html("awareness-week/2025/index.html"));
        Assert.Equal("Event", week.GetProperty("@type").GetString());
        Assert.Equal("2025-06-09", week.GetProperty("startDate").GetString());
        Assert.Equal("2025-06-15", week.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", week.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal(Meta(site.Html("awareness-week/2025/index.html"), "property", "og:image"), week.GetProperty("image").GetString());

        var home = JsonLd(site.Html("index.html"));
        Assert.Equal("WebSite", home.GetProperty("@type").GetString());

        var about = JsonLd(site.Html("about/index.html"));
        Assert.Equal("BreadcrumbList", about.GetProperty("@type").GetString());
        Assert.Equal(["Home", "About us"], about.GetProperty("itemListElement").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_hostile_title_cannot_break_out_of_the_json_ld_or_the_attributes()
    {
        const string hostile = "</script><script>alert(1)</script>\" onload=\"alert(2)";
        var site = await TestSite.BuildWithRealThemeAsync($$"""
            -- briefs/hostile.md --
            ---
            title: '{{hostile.Replace("'", "''")}}'
            summary: 'Ends "quotes" & <b>tags</b>'
            date: 2024-05-01
            ---
            Body.
            """);

        site.AssertSucceeded();
        var text = site.Text("briefs/hostile/index.html");
        Assert.DoesNotContain("<script>alert(1)", text);
        Assert.DoesNotContain("onload=\"alert(2)", text);
        var page = site.Html("briefs/hostile/index.html");
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal(hostile, Meta(page, "property", "og:title"));
        Assert.Equal(hostile, JsonLd(page).GetProperty("headline").GetString());
        Assert.Equal("Ends \"quotes\" & <b>tags</b>", JsonLd(page).GetProperty("description").GetString());
    }

    private static string? Meta(IHtmlDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    private static JsonElement JsonLd(IHtmlDocument page)
    {
        var script = page.QuerySelector("script[type='application/ld+json']")!;
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }
}
