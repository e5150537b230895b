using Movement.Testing;

namespace Movement.Site.Tests.Content;

public class AwarenessWeekTests
{
    private const string Week = """
        -- awareness-week/2025/index.md --
        ---
        title: Infant Mental Health Awareness Week 2025
        theme: Who is holding the baby?
        summary: A week about babies.
        start: 2025-06-09
        end: 2025-06-15
        hashtag: "#IMHAW25"
        days:
          - date: 2025-06-09
            theme: Relationships
        ---
        About the week.
        -- awareness-week/2025/resources/poster.md --
        ---
        title: Poster
        kind: poster
        summary: An A4 poster.
        file: poster.svg
        alt: A poster saying Who is holding the baby?
        usage: Free to print.
        ---
        -- awareness-week/2025/resources/poster.svg --
        <svg xmlns="http://www.w3.org/2000/svg"><title>Poster</title></svg>
        -- awareness-week/2024/index.md --
        ---
        title: Week 2024
        theme: Speak up for babies
        summary: S
        start: 2024-06-10
        end: 2024-06-16
        ---
        """;

    [Fact]
    public async Task A_week_hub_lists_its_days_resources_and_other_years()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Week);

        site.AssertSucceeded();
        var hub = site.Html("awareness-week/2025/index.html");
        Assert.Contains("#IMHAW25", hub.QuerySelector(".week-hero")!.TextContent);
        Assert.Equal("Took place 9–15 June 2025", hub.QuerySelector(".countdown")!.TextContent);
        var firstDay = hub.QuerySelector(".days li")!;
        Assert.Equal("2025-06-09", firstDay.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Monday 9 June 2025", firstDay.QuerySelector("time")!.TextContent);
        Assert.Equal("Relationships", firstDay.QuerySelector("strong")!.TextContent);
        Assert.Equal("/awareness-week/2025/resources/poster/", hub.QuerySelector("[aria-labelledby=resources-title] a")!.GetAttribute("href"));
        Assert.Equal("/awareness-week/2024/", hub.QuerySelector("[aria-labelledby=archive-title] a")!.GetAttribute("href"));
        site.AssertFile("awareness-week/index.html", "Who is holding the baby?", "Speak up for babies");
    }

    [Fact]
    public async Task A_resource_page_previews_the_image_with_its_alt_text_and_offers_the_download()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Week);

        var page = site.Html("awareness-week/2025/resources/poster/index.html");
        Assert.Equal("A poster saying Who is holding the baby?", page.QuerySelector(".preview img")!.GetAttribute("alt"));
        Assert.Equal("/awareness-week/2025/resources/poster.svg", page.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.True(site.Has("awareness-week/2025/resources/poster.svg"));
    }

    [Fact]
    public async Task A_resource_image_without_alt_text_is_an_error()
    {
        var site = await TestSite.BuildAsync(Week.Replace("alt: A poster saying Who is holding the baby?\n", ""));

        site.AssertDiagnostic("MV0203", "awareness-week/2025/resources/poster.md", 5);
        site.AssertFailedWithoutOutput();
    }

    [Fact]
    public async Task A_week_that_ends_before_it_starts_is_an_error()
    {
        var site = await TestSite.BuildAsync(Week.Replace("end: 2025-06-15", "end: 2025-06-01"));

        site.AssertDiagnostic("MV0108", "awareness-week/2025/index.md", 6);
    }

    [Fact]
    public async Task An_unquoted_hashtag_is_an_error_rather_than_silently_dropped()
    {
        // YAML reads an unquoted ' #' as the start of a comment, so the hashtag would vanish without a word.
        var site = await TestSite.BuildAsync(Week.Replace("hashtag: \"#IMHAW25\"", "hashtag: #IMHAW25"));

        var error = Assert.Single(site.Errors);
        Assert.Equal("MV0110", error.Code);
        Assert.Contains("hashtag: \"#IMHAW25\"", error.Hint, StringComparison.Ordinal);
    }
}
