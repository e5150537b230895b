using System.Text;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Site.Images;
using Movement.Site.Rendering;
using Movement.Testing.Themes;
using Movement.Theme.Rendering;

namespace Movement.Testing;

/// <summary>
/// Builds a site entirely in memory, with a fixed clock. A site written inline is rendered by the one-line theme
/// unless a test asks for the real one (<see cref="TestTheme.Razor"/>) to assert the theme's markup; a whole input
/// tree (the demo, a generated site) is rendered by the real theme unless a test asks otherwise.
/// </summary>
public static class TestSite
{
    /// <summary>The date every test build believes it is, unless told otherwise.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A minimal site.yml, added when a test does not write its own.</summary>
    public const string DefaultSettings = """
        title: Test Movement
        base_url: https://test.example.org
        navigation:
          - title: Briefs
            url: /briefs/
        topics:
          - id: workforce
            title: The workforce
          - id: investment
            title: Investment
        """;

    /// <param name="pictures">Draw the pictures a written build draws (cards, PNG copies of SVGs); most tests need only the pages that name them.</param>
    public static Task<BuiltSite> BuildAsync(string files, DateTimeOffset? now = null, bool drafts = false, bool pictures = false, TestTheme theme = TestTheme.OneLine) =>
        BuildAsync(InlineFiles.Parse(files).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)), now, drafts, pictures, theme);

    /// <summary>A site written inline, rendered by the site's Razor theme: for tests of the theme's markup, layout, components and accessibility.</summary>
    public static Task<BuiltSite> BuildWithRealThemeAsync(string files, DateTimeOffset? now = null, bool drafts = false, bool pictures = false) =>
        BuildAsync(files, now, drafts, pictures, TestTheme.Razor);

    public static async Task<BuiltSite> BuildAsync(IReadOnlyDictionary<string, byte[]> files, DateTimeOffset? now = null, bool drafts = false, bool pictures = false, TestTheme theme = TestTheme.Razor)
    {
        var all = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        all.TryAdd("site.yml", Encoding.UTF8.GetBytes(DefaultSettings));
        var output = new InMemoryOutput();
        using var razor = theme == TestTheme.Razor ? new RazorThemeRenderer() : null;
        var renderer = razor as IThemeRenderer ?? new OneLineTheme();
        var options = new BuildOptions(new InMemoryFileSystem(all), output, new FixedClock(now ?? DefaultNow), renderer) { IncludeDrafts = drafts, Pictures = pictures ? new MemoryPictureStore() : null };
        var report = await SiteBuilder.BuildAsync(options);
        return new BuiltSite(report, output);
    }
}
