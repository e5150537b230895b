using System.Text;
using Movement.Core.Diagnostics;
using Movement.Testing;

namespace Movement.Site.Tests.Diagnostics;

/// <summary>
/// One mistake is reported once, first: what only follows from it (links to a file that could not be read,
/// briefs naming it as related) is not reported as mistakes of its own, and the report lists what was found
/// reading and parsing files before what the link checks found.
/// </summary>
public class CausesBeforeConsequencesTests
{
    // Eleven briefs and a news item link to 'zz-broken', whose front matter has an unclosed quote: the
    // cause sorts last by file name, so sorting by file alone put eleven "does not exist" errors before it.
    private static string SiteWithOneBrokenBrief()
    {
        var site = new StringBuilder("-- briefs/zz-broken.md --\n---\ntitle: Broken\nsummary: \"S\ndate: 2024-01-01\n---\nBody\n");
        foreach (var name in "abcdefghijk")
        {
            site.Append($"-- briefs/{name}.md --\n---\ntitle: {name}\nsummary: S\ndate: 2024-01-01\nrelated: [zz-broken]\n---\nSee [the other](/briefs/zz-broken/) and [again](zz-broken.md).\n");
        }

        return site.Append("-- news/n.md --\n---\ntitle: N\nsummary: S\ndate: 2024-01-01\n---\n[x](/briefs/zz-broken/#asks)\n").ToString();
    }

    [Fact]
    public async Task The_first_error_is_the_cause_and_no_missing_page_is_reported_for_links_to_it()
    {
        var site = await TestSite.BuildAsync(SiteWithOneBrokenBrief());

        var first = site.Diagnostics[0];
        Assert.Equal(("MV0001", "briefs/zz-broken.md", 3), (first.Code, first.Location.Path, first.Location.Line));
        Assert.Equal([first], site.Errors);
        Assert.DoesNotContain(site.Diagnostics, d => d.Code is "MV0302" or "MV0305" or "MV0306");
        site.AssertFailedWithoutOutput();
    }

    [Fact]
    public async Task Settings_that_cannot_be_read_are_the_one_error_not_every_topic_and_translation_after_them()
    {
        var site = await TestSite.BuildAsync("""
            -- site.yml --
            title: [First 1001 Days
            base_url: https://example.org
            -- briefs/a.md --
            ---
            title: A
            summary: S
            date: 2024-01-01
            topics: [investment, evidence]
            ---
            Body
            -- briefs/a.cy.md --
            ---
            title: A yn Gymraeg
            summary: S
            date: 2024-01-01
            ---
            Corff
            -- news/n.md --
            ---
            title: N
            summary: S
            date: 2024-01-01
            topics: [workforce]
            ---
            News
            """);

        Assert.NotEmpty(site.Errors);
        Assert.All(site.Errors, e => Assert.Equal("site.yml", e.Location.Path));
        site.AssertFailedWithoutOutput();
    }

    [Fact]
    public async Task A_topic_when_site_yml_lists_none_says_where_topics_are_set_up()
    {
        var site = await TestSite.BuildAsync("-- site.yml --\ntitle: T\nbase_url: https://example.org\n-- news/n.md --\n---\ntitle: N\nsummary: S\ndate: 2024-01-01\ntopics: [workforce]\n---\nNews\n");

        var error = Assert.Single(site.Errors);
        Assert.Equal(("MV0103", "news/n.md", 5), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains("no values are set up", error.Message);
        Assert.Contains("'topics:' list in site.yml", error.Hint);
    }

    [Fact]
    public async Task The_links_waiting_on_a_broken_file_are_counted_in_one_note_after_its_error()
    {
        var site = await TestSite.BuildAsync(SiteWithOneBrokenBrief());

        var note = Assert.Single(site.Diagnostics, d => d.Code == "MV0330");
        Assert.Equal((Severity.Warning, "briefs/zz-broken.md"), (note.Severity, note.Location.Path));
        Assert.StartsWith("23 links to this file (from briefs/a.md, briefs/b.md,", note.Message, StringComparison.Ordinal);
        Assert.Contains("news/n.md) will work once it is fixed", note.Message, StringComparison.Ordinal);
        Assert.True(site.Diagnostics.ToList().IndexOf(note) > site.Diagnostics.ToList().FindIndex(d => d.Code == "MV0001"));
    }

    [Fact]
    public async Task A_member_file_that_cannot_be_read_does_not_make_links_to_its_page_errors()
    {
        var site = await TestSite.BuildAsync("""
            -- members/bump-club.yml --
            name: Bump Club
            type: [charity
            -- pages/about.md --
            ---
            title: About
            summary: S
            ---
            Our member [Bump Club](/members/bump-club/).
            """);

        Assert.Equal(["members/bump-club.yml MV0001"], site.Errors.Select(e => $"{e.Location.Path} {e.Code}"));
        Assert.Contains(site.Diagnostics, d => d.Code == "MV0330" && d.Location.Path == "members/bump-club.yml");
    }

    [Fact]
    public async Task A_brief_with_a_bad_date_is_still_linkable_so_only_the_date_is_reported()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/a.md --
            ---
            title: A
            summary: S
            date: 2024-13-01
            ---
            -- briefs/b.md --
            ---
            title: B
            summary: S
            date: 2024-01-01
            related: [a]
            ---
            See [a](/briefs/a/).
            """);

        Assert.Equal(["briefs/a.md MV0104"], site.Errors.Select(e => $"{e.Location.Path} {e.Code}"));
    }

    [Fact]
    public async Task Mistakes_found_reading_files_come_before_mistakes_found_checking_links_whatever_the_file_names()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/a.md --
            ---
            title: A
            summary: S
            date: 2024-01-01
            ---
            See [nowhere](/nowhere/).
            -- news/z.md --
            ---
            title: Z
            summary: S
            date: 31/02/2024
            ---
            """);

        Assert.Equal(["news/z.md MV0104", "briefs/a.md MV0302"], site.Errors.Select(e => $"{e.Location.Path} {e.Code}"));
    }
}
