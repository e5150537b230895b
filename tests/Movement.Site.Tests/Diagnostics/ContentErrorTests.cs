using Movement.Core.Diagnostics;
using Movement.Testing;

namespace Movement.Site.Tests.Diagnostics;

/// <summary>Each mistake an author can make gets a diagnostic with its file, line and a hint.</summary>
public class ContentErrorTests
{
    private static Task<BuiltSite> Brief(string frontMatter, string body = "Body") => TestSite.BuildAsync($"""
        -- briefs/b.md --
        ---
        {frontMatter}
        ---
        {body}
        """);

    [Fact]
    public async Task Malformed_yaml_is_reported_on_its_line()
    {
        var site = await Brief("title: B\nsummary: \"not closed\ndate: 2024-01-01");

        Assert.Equal("MV0001", Assert.Single(site.Errors).Code);
        site.AssertFailedWithoutOutput();
    }

    [Fact]
    public async Task A_missing_required_field_is_reported()
    {
        var site = await Brief("title: B\ndate: 2024-01-01");

        Assert.Contains("summary", site.AssertDiagnostic("MV0101", "briefs/b.md", 2).Message);
    }

    [Fact]
    public async Task A_wrong_type_is_reported_on_the_field_line()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 2024-01-01\nasks: Fund everything");

        site.AssertDiagnostic("MV0102", "briefs/b.md", 5);
    }

    [Fact]
    public async Task A_topic_that_is_not_declared_is_reported_with_the_allowed_ones()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 2024-01-01\ntopics: [workforse]");

        var error = site.AssertDiagnostic("MV0103", "briefs/b.md", 5);
        Assert.Contains("Did you mean 'workforce'?", error.Message);
        Assert.Contains("workforce, investment", error.Hint);
    }

    [Fact]
    public async Task An_unparseable_date_is_reported()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 19 March 2024");

        site.AssertDiagnostic("MV0104", "briefs/b.md", 4);
    }

    [Fact]
    public async Task A_missing_download_is_reported_with_the_path_looked_for()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 2024-01-01\ndownloads:\n  - file: /files/missing.pdf\n    label: L");

        Assert.Contains("input/files/missing.pdf", site.AssertDiagnostic("MV0201", "briefs/b.md", 6).Message);
    }

    [Fact]
    public async Task A_link_to_a_page_that_does_not_exist_is_reported_where_it_is_written()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 2024-01-01", "Intro\n\nSee [our asks](/briefs/asks/).");

        site.AssertDiagnostic("MV0302", "briefs/b.md", 8);
    }

    [Fact]
    public async Task A_link_to_a_missing_file_and_an_image_without_alt_text_are_reported()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 2024-01-01", "![](/files/chart.png)");

        site.AssertDiagnostic("MV0203", "briefs/b.md", 6);
        site.AssertDiagnostic("MV0201", "briefs/b.md", 6);
    }

    [Fact]
    public async Task Two_items_claiming_one_address_are_reported_once_naming_both()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/a.md --
            ---
            title: A
            summary: S
            date: 2024-01-01
            slug: same
            ---
            -- briefs/same.md --
            ---
            title: B
            summary: S
            date: 2024-01-01
            ---
            """);

        var error = site.AssertDiagnostic("MV0301", "briefs/same.md");
        Assert.Contains("/briefs/same/, which briefs/a.md already has", error.Message);
        Assert.Single(site.Errors);
    }

    [Fact]
    public async Task A_slug_unsafe_in_a_web_address_is_reported_with_a_safe_suggestion()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 2024-01-01\nslug: Our Asks!");

        Assert.Contains("slug: our-asks", site.AssertDiagnostic("MV0303", "briefs/b.md", 5).Hint);
    }

    [Fact]
    public async Task A_file_without_front_matter_and_an_empty_file_are_reported()
    {
        var site = await TestSite.BuildAsync("""
            -- news/plain.md --
            Just text.
            -- news/empty.md --

            """);

        site.AssertDiagnostic("MV0002", "news/plain.md", 1);
        site.AssertDiagnostic("MV0401", "news/empty.md", 1);
    }

    [Fact]
    public async Task An_unknown_field_is_only_a_warning_and_the_site_still_builds()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 2024-01-01\nsumary: typo");

        site.AssertSucceeded();
        Assert.Equal(Severity.Warning, site.AssertDiagnostic("MV0105", "briefs/b.md", 5).Severity);
    }

    [Fact]
    public async Task A_content_file_outside_the_content_folders_is_a_warning()
    {
        var site = await TestSite.BuildAsync("""
            -- blog/post.md --
            ---
            title: Lost
            ---
            """);

        site.AssertDiagnostic("MV0109", "blog/post.md");
        site.AssertSucceeded();
    }

    [Fact]
    public async Task An_empty_site_settings_file_is_reported()
    {
        var site = await TestSite.BuildAsync(new Dictionary<string, byte[]> { ["pages/a.md"] = "---\ntitle: A\nsummary: S\n---\n"u8.ToArray(), ["site.yml"] = [] });

        site.AssertDiagnostic("MV0101", "site.yml");
    }

    [Fact]
    public async Task Every_mistake_of_a_run_is_reported_not_just_the_first()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/a.md --
            ---
            title: A
            date: 2024-13-01
            ---
            -- news/b.md --
            ---
            title: B
            date: 2024-01-01
            summary: S
            nations: [atlantis]
            ---
            [x](/nowhere/)
            -- members/c.yml --
            name: C
            type: charity
            description: D
            """);

        Assert.Equal(
            ["briefs/a.md MV0101", "briefs/a.md MV0104", "members/c.yml MV0101", "news/b.md MV0103", "news/b.md MV0302"],
            site.Errors.Select(e => $"{e.Location.Path} {e.Code}").Order(StringComparer.Ordinal));
        Assert.All(site.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Hint)));
        site.AssertFailedWithoutOutput();
    }
}
