using Movement.Core.Diagnostics;
using Movement.Testing;

namespace Movement.Site.Tests.Diagnostics;

/// <summary>Mistakes that combine (several in one file or one run); single mistakes are in <see cref="BadInputCatalogue"/>.</summary>
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
    public async Task A_link_to_a_missing_file_and_an_image_without_alt_text_are_reported()
    {
        var site = await Brief("title: B\nsummary: S\ndate: 2024-01-01", "![](/files/chart.png)");

        site.AssertDiagnostic("MV0203", "briefs/b.md", 6);
        site.AssertDiagnostic("MV0201", "briefs/b.md", 6);
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
