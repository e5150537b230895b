using Movement.Testing;

namespace Movement.Site.Tests.Listings;

/// <summary>Issue 22's wording defects, each checked where a small new site would show it.</summary>
public class WordingTests
{
    private const string OneOfEach = """
        -- briefs/calls.md --
        ---
        title: Our calls
        summary: Five calls.
        date: 2025-06-09
        updated: 2025-07-01
        ---
        ## 1. Commit

        ## 2. Invest

        ## 3. Act locally

        ## 4. Care

        -- members/best-beginnings.yml --
        name: Best Beginnings
        type: charity
        nations: [england]
        website: https://example.org
        description: A charity.
        """;

    [Fact]
    public async Task One_english_member_is_counted_as_one_organisation_in_england()
    {
        var site = await TestSite.BuildWithRealThemeAsync(OneOfEach);

        site.AssertSucceeded();
        Assert.Equal("1 member organisation in England.", site.Html("index.html").QuerySelector(".stat")!.TextContent);
    }

    [Fact]
    public async Task The_home_page_never_says_nothing_here_under_its_only_brief()
    {
        var site = await TestSite.BuildWithRealThemeAsync(OneOfEach);

        var home = site.Html("index.html");
        Assert.Equal("Our calls", home.QuerySelector("#calls-title")!.TextContent);
        Assert.Null(home.QuerySelector("#briefs-title")); // Rather than "Latest policy briefs: Nothing here yet."
    }

    [Fact]
    public async Task A_name_ending_in_s_takes_the_apostrophe_alone()
    {
        var site = await TestSite.BuildWithRealThemeAsync(OneOfEach);

        Assert.Equal("Visit Best Beginnings' website", site.Html("members/best-beginnings/index.html").QuerySelector("a.button")!.TextContent);
    }

    [Fact]
    public async Task Numbered_headings_are_not_numbered_again_in_the_contents()
    {
        var site = await TestSite.BuildWithRealThemeAsync(OneOfEach);

        var contents = site.Html("briefs/calls/index.html").QuerySelector(".toc")!;
        Assert.Null(contents.QuerySelector("ol"));
        Assert.Equal("1. Commit", contents.QuerySelector("li")!.TextContent);
    }

    [Fact]
    public async Task Publication_and_update_dates_read_as_one_sentence()
    {
        var site = await TestSite.BuildWithRealThemeAsync(OneOfEach);

        var meta = site.Html("briefs/calls/index.html").QuerySelectorAll(".meta").First(m => m.TextContent.Contains("Published")).TextContent;
        Assert.Contains("Published 9 June 2025, last updated 1 July 2025", string.Join(' ', meta.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }
}
