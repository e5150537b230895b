using System.Text;
using Movement.Testing;

namespace Movement.Site.Tests.Diagnostics;

/// <summary>Inputs that look odd but are not mistakes: each builds correctly, without a diagnostic.</summary>
public class NotMistakesTests
{
    private const string Brief = "---\ntitle: Develop the workforce\nsummary: S\ndate: 2024-01-01\ntopics: workforce\n---\n## What we ask\n\nBody text.\n";

    private static Task<BuiltSite> Build(string path, byte[] bytes, DateTimeOffset? now = null) =>
        TestSite.BuildAsync(new Dictionary<string, byte[]> { [path] = bytes }, now);

    [Fact]
    public async Task Relative_links_with_dots_that_stay_inside_the_input_folder_are_fine()
    {
        var site = await TestSite.BuildAsync(
            "-- briefs/b.md --\n" + Brief.Replace("Body text.", "See [the report](../files/report.pdf), [the news](../news/n.md) and [here](./../briefs/b.md#what-we-ask).") +
            "-- files/report.pdf --\n%PDF-1.4\n" +
            "-- news/n.md --\n---\ntitle: N\nsummary: S\ndate: 2024-01-01\n---\nNews.\n");

        site.AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        var links = site.Html("briefs/b/index.html").QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/files/report.pdf", links);
        Assert.Contains("/news/n/", links);
        Assert.Contains("/briefs/b/#what-we-ask", links);
    }

    [Fact]
    public async Task Control_characters_escaped_in_yaml_are_dropped_so_pages_stay_valid()
    {
        var site = await TestSite.BuildAsync("-- news/n.md --\n---\ntitle: \"Bell\\u0007 and \\u0000nul\"\nsummary: \"S\\u001b[31m\"\ndate: 2024-01-01\n---\nNews.\n");

        site.AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        var page = site.Text("news/n/index.html");
        Assert.Contains("Bell and nul", page);
        Assert.DoesNotContain("&#x", page);
    }

    [Fact]
    public async Task A_byte_order_mark_is_fine()
    {
        var site = await Build("briefs/b.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Brief)]);

        site.AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        Assert.Equal("Develop the workforce", site.Html("briefs/b/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Windows_line_endings_are_fine_and_leave_no_carriage_return_behind()
    {
        var site = await Build("briefs/b.md", Encoding.UTF8.GetBytes(Brief.Replace("\n", "\r\n")));

        site.AssertSucceeded();
        Assert.Empty(site.Diagnostics);
        var page = site.Html("briefs/b/index.html");
        Assert.Equal("Develop the workforce", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.GetElementById("what-we-ask"));
    }

    [Fact]
    public async Task A_members_file_with_a_byte_order_mark_and_windows_line_endings_is_fine()
    {
        var yaml = "name: Cardiff Baby Café\r\ntype: community-service\r\nnations: [wales]\r\ndescription: Meets weekly.\r\n";
        var site = await Build("members/cardiff.yml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(yaml)]);

        site.AssertSucceeded();
        site.AssertFile("members/cardiff/index.html", "Cardiff Baby Café");
    }

    [Fact]
    public async Task A_future_date_is_not_an_error_the_item_waits_for_its_day()
    {
        var bytes = Encoding.UTF8.GetBytes(Brief.Replace("2024-01-01", "2026-12-01"));

        var before = await Build("briefs/b.md", bytes);
        var on = await Build("briefs/b.md", bytes, new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.Zero));

        before.AssertSucceeded();
        Assert.False(before.Has("briefs/b/index.html"));
        var scheduled = Assert.Single(before.Report.Scheduled);
        Assert.Equal(("briefs/b.md", "/briefs/b/", new DateOnly(2026, 12, 1)), (scheduled.Source, scheduled.Url, scheduled.Date));
        on.AssertSucceeded();
        Assert.True(on.Has("briefs/b/index.html"));
        Assert.Empty(on.Report.Scheduled);
    }

    [Fact]
    public async Task A_quoted_comma_in_the_members_spreadsheet_is_fine()
    {
        var site = await Build("members.csv", Encoding.UTF8.GetBytes("name,type,nations,region,website,logo,description,joined\nBump Club,community-service,wales,,,,\"Meets weekly, in Rhyl.\",\n"));

        site.AssertSucceeded();
        site.AssertFile("members/bump-club/index.html", "Meets weekly, in Rhyl.");
    }

    [Fact]
    public async Task A_five_megabyte_markdown_file_builds_whole()
    {
        var body = new StringBuilder(Brief);
        for (var i = 0; body.Length < 5 * 1024 * 1024; i++)
        {
            body.Append(CultureInfoInvariant($"## Section {i}\n\nParagraph {i} about babies' emotional wellbeing, with *emphasis* and a [link](#section-{i}).\n\n"));
        }

        body.Append("The very last paragraph.\n");
        var site = await Build("briefs/b.md", Encoding.UTF8.GetBytes(body.ToString()));

        site.AssertSucceeded();
        site.AssertFile("briefs/b/index.html", "The very last paragraph.");
    }

    [Fact]
    public async Task Welsh_letters_and_emoji_in_titles_are_fine()
    {
        var site = await Build("pages/amdanom.md", Encoding.UTF8.GetBytes("---\ntitle: \"Amdanom ni: ŵ ŷ â 👶\"\nsummary: S\n---\nCroeso.\n"));

        site.AssertSucceeded();
        Assert.Equal("Amdanom ni: ŵ ŷ â 👶", site.Html("amdanom/index.html").QuerySelector("h1")!.TextContent);
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
