using System.Text;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Testing;
using Movement.Theme.Rendering;

namespace Movement.Site.Tests.Building;

/// <summary>
/// The preview's rebuilds keep what an edit cannot have touched. Whatever they keep, after each edit of a series
/// the site must be byte for byte what a clean build of the same input gives, with the same diagnostics.
/// </summary>
public sealed class SiteSessionTests : IDisposable
{
    private const string Week2024 = "awareness-week/2024/index.md";
    private static readonly FixedClock Clock = new(TestSite.DefaultNow);
    private readonly RazorThemeRenderer _theme = new();
    private readonly EditableFileSystem _input = new(DemoSite.Input());
    private readonly SiteSession _session;

    public SiteSessionTests()
    {
        _session = new SiteSession(new BuildOptions(_input, null, Clock, _theme));
    }

    public void Dispose() => _theme.Dispose();

    [Fact]
    public async Task After_every_edit_of_a_series_the_site_equals_a_clean_build()
    {
        await RebuildAndCompareAsync(null);

        var brief = "briefs/five-calls.md";
        var original = _input.ReadText(brief);
        var steps = new (string What, Action Edit, string[] Changed)[]
        {
            ("a sentence of a brief", () => _input.Write(brief, original.Replace("\n\n", "\n\nA new opening sentence for this brief.\n\n", StringComparison.Ordinal)), [brief]),
            ("a brief's title", () => _input.Write(brief, Replace(_input.ReadText(brief), "title: Five calls to decision makers", "title: Five calls to leaders")), [brief]),
            ("a new news item", () => _input.Write("news/2026-11-20-a-new-report.md", "---\ntitle: A new report on babies\nsummary: What the report found.\ndate: 2026-11-20\n---\nThe report links to [our calls](../briefs/five-calls.md).\n"), ["news/2026-11-20-a-new-report.md"]),
            ("a page deleted", () => _input.Delete("pages/privacy.md"), ["pages/privacy.md"]),
            ("a brief broken", () => _input.Write(brief, "---\ntitle: [unclosed\n---\nBody.\n"), [brief]),
            ("the brief mended", () => _input.Write(brief, original), [brief]),
            ("a download replaced by a bigger one", () => _input.Write("files/briefs/five-calls.pdf", [.. _input.ReadAllBytes("files/briefs/five-calls.pdf"), .. new byte[5000]]), ["files/briefs/five-calls.pdf"]),
            ("a week's title, which its resources' API documents show", () => _input.Write(Week2024, Replace(_input.ReadText(Week2024), "title: Infant Mental Health Awareness Week 2024", "title: Awareness Week 2024")), [Week2024]),
            ("a member's row", () => _input.Write("members.csv", Replace(_input.ReadText("members.csv"), "Brazelton Centre UK", "The Brazelton Centre")), ["members.csv"]),
            ("a file moved", () => Move("news/2026-11-20-a-new-report.md", "news/2026-11-19-a-new-report.md"), ["news/2026-11-20-a-new-report.md", "news/2026-11-19-a-new-report.md"]),
            ("site.yml", () => _input.Write("site.yml", Replace(_input.ReadText("site.yml"), "title: First 1001 Days Movement", "title: The First 1001 Days Movement")), ["site.yml"]),
            ("a Welsh translation's slug, which the English page's language link names", () => _input.Write("briefs/five-calls.cy.md", Replace(_input.ReadText("briefs/five-calls.cy.md"), "slug: pum-galwad", "slug: pum-galwad-newydd")), ["briefs/five-calls.cy.md"]),
            ("a brief after the settings changed", () => _input.Write(brief, original.Replace("\n\n", "\n\nAnother sentence.\n\n", StringComparison.Ordinal)), [brief]),
        };

        foreach (var (what, edit, changed) in steps)
        {
            edit();
            await RebuildAndCompareAsync(changed, what);
        }
    }

    [Fact]
    public async Task Editing_a_brief_renders_again_only_that_brief_and_the_pages_that_show_it()
    {
        var first = await _session.RebuildAsync(null);
        Assert.True(first.Succeeded);
        Assert.True(_session.LastRendered.Count > 100, "The first build renders every page.");

        var brief = "briefs/the-state-of-babyhood.md";
        _input.Write(brief, _input.ReadText(brief).Replace("\n\n", "\n\nA sentence added in the preview.\n\n", StringComparison.Ordinal));
        var report = await _session.RebuildAsync([brief]);

        Assert.True(report.Succeeded);
        Assert.Contains("/briefs/the-state-of-babyhood/", _session.LastRendered);
        Assert.DoesNotContain("/about/", _session.LastRendered);
        Assert.DoesNotContain("/members/", _session.LastRendered);
        Assert.DoesNotContain("/news/", _session.LastRendered);
        // The brief, the search page and the briefs that name it as related; the listings show its card, which a
        // body edit leaves as it was.
        Assert.True(_session.LastRendered.Count <= 8, "Rendered again: " + string.Join(", ", _session.LastRendered));
        var page = Encoding.UTF8.GetString(report.Files.Single(f => f.Path == "briefs/the-state-of-babyhood/index.html").Content.Span);
        Assert.Contains("A sentence added in the preview.", page);
    }

    [Fact]
    public async Task A_body_only_edit_reuses_the_listings_and_a_title_edit_renders_them_again()
    {
        await _session.RebuildAsync(null);
        var brief = "briefs/the-state-of-babyhood.md";
        var original = _input.ReadText(brief);
        static bool IsListing(string url) => url == "/briefs/" || url.StartsWith("/topics/", StringComparison.Ordinal) || url.StartsWith("/nations/", StringComparison.Ordinal);

        _input.Write(brief, original.Replace("\n\n", "\n\nA sentence added in the preview.\n\n", StringComparison.Ordinal));
        Assert.True((await _session.RebuildAsync([brief])).Succeeded);
        Assert.Contains("/briefs/the-state-of-babyhood/", _session.LastRendered);
        Assert.DoesNotContain(_session.LastRendered, IsListing);

        _input.Write(brief, Replace(original, "title: The state of babyhood", "title: The edited state of babyhood"));
        Assert.True((await _session.RebuildAsync([brief])).Succeeded);
        Assert.Contains("/briefs/", _session.LastRendered);
        Assert.Contains("/topics/evidence/", _session.LastRendered);
        Assert.Contains("/nations/uk-wide/", _session.LastRendered);
    }

    [Fact]
    public async Task Editing_a_brief_writes_again_the_briefs_feeds_and_keeps_the_news_feeds()
    {
        var first = await _session.RebuildAsync(null);
        var brief = "briefs/the-state-of-babyhood.md";
        _input.Write(brief, Replace(_input.ReadText(brief), "title: The state of babyhood", "title: The edited state of babyhood"));
        var report = await _session.RebuildAsync([brief]);

        Assert.True(report.Succeeded);
        Assert.Contains("The edited state of babyhood", Encoding.UTF8.GetString(ContentOf(report, "briefs/feed.xml").Span));
        Assert.NotSame(ArrayOf(ContentOf(first, "briefs/atom.xml")), ArrayOf(ContentOf(report, "briefs/atom.xml")));
        foreach (var feed in new[] { "news/feed.xml", "news/atom.xml", "news/feed.json" })
        {
            Assert.Same(ArrayOf(ContentOf(first, feed)), ArrayOf(ContentOf(report, feed))); // Kept, not written again.
        }
    }

    [Fact]
    public async Task Nothing_changed_renders_nothing_again()
    {
        await _session.RebuildAsync(null);
        var report = await _session.RebuildAsync([]);
        Assert.True(report.Succeeded);
        Assert.Empty(_session.LastRendered);
    }

    private async Task RebuildAndCompareAsync(IReadOnlyCollection<string>? changed, string what = "the first build")
    {
        var incremental = await _session.RebuildAsync(changed);
        var clean = await SiteBuilder.BuildAsync(new BuildOptions(new InMemoryFileSystem(_input.Files), null, Clock, _theme));

        Assert.Equal(Describe(clean.Diagnostics), Describe(incremental.Diagnostics));
        var expected = clean.Files.ToDictionary(f => f.Path, f => f.Content.ToArray());
        var actual = incremental.Files.ToDictionary(f => f.Path, f => f.Content.ToArray());
        Assert.True(expected.Keys.Order().SequenceEqual(actual.Keys.Order()),
            $"After {what}: files only in the clean build: {string.Join(", ", expected.Keys.Except(actual.Keys))}; only in the rebuild: {string.Join(", ", actual.Keys.Except(expected.Keys))}");
        var different = expected.Keys.Where(path => !expected[path].AsSpan().SequenceEqual(actual[path])).ToList();
        Assert.True(different.Count == 0, $"After {what}, these files differ from a clean build: {string.Join(", ", different)}");
    }

    private static ReadOnlyMemory<byte> ContentOf(BuildReport report, string path) => report.Files.Single(f => f.Path == path).Content;

    private static byte[]? ArrayOf(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment) ? segment.Array : null;

    private static string Describe(IEnumerable<Movement.Core.Diagnostics.Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private void Move(string from, string to)
    {
        _input.Write(to, _input.ReadAllBytes(from));
        _input.Delete(from);
    }
}
