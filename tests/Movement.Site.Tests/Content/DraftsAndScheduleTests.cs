using Movement.Testing;

namespace Movement.Site.Tests.Content;

public class DraftsAndScheduleTests
{
    private const string Files = """
        -- briefs/draft.md --
        ---
        title: Draft brief
        summary: S
        date: 2024-01-01
        status: draft
        ---
        -- news/future.md --
        ---
        title: Future news
        summary: S
        date: 2026-12-25
        ---
        -- news/today.md --
        ---
        title: Today's news
        summary: S
        date: 2026-11-21
        ---
        """;

    [Fact]
    public async Task Drafts_and_future_dated_items_are_left_out_of_a_normal_build()
    {
        var site = await TestSite.BuildAsync(Files);

        site.AssertSucceeded();
        Assert.False(site.Has("briefs/draft/index.html"));
        Assert.False(site.Has("news/future/index.html"));
        Assert.True(site.Has("news/today/index.html"), "An item dated today is published.");
        Assert.DoesNotContain("Draft brief", site.Text("briefs/index.html"));
    }

    [Fact]
    public async Task The_drafts_option_publishes_them()
    {
        var site = await TestSite.BuildAsync(Files, drafts: true);

        Assert.True(site.Has("briefs/draft/index.html"));
        Assert.True(site.Has("news/future/index.html"));
    }

    [Fact]
    public async Task A_future_item_appears_once_its_date_comes()
    {
        var site = await TestSite.BuildAsync(Files, now: new DateTimeOffset(2026, 12, 25, 0, 30, 0, TimeSpan.Zero));

        Assert.True(site.Has("news/future/index.html"));
    }

    [Fact]
    public async Task A_link_to_a_draft_says_why_the_page_is_missing()
    {
        var site = await TestSite.BuildAsync(Files + "\n" + """
            -- pages/about.md --
            ---
            title: About
            summary: S
            ---
            Read [the draft](/briefs/draft/).
            """);

        Assert.Contains("it is a draft", site.AssertDiagnostic("MV0302", "pages/about.md", 5).Message);
    }
}
