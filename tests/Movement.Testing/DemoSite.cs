using Movement.Testing.Themes;

namespace Movement.Testing;

/// <summary>The demo site in input/, built in memory with the real theme once per test run for the tests that read its output.</summary>
public static class DemoSite
{
    private static readonly Lazy<Task<BuiltSite>> Built = new(() => TestSite.BuildAsync(Input(), theme: TestTheme.Razor));
    private static readonly Lazy<Task<BuiltSite>> BuiltWithPictures = new(() => TestSite.BuildAsync(Input(), pictures: true, theme: TestTheme.Razor));

    public static Task<BuiltSite> BuildAsync() => Built.Value;

    /// <summary>The demo with the pictures a written build draws (cards, PNG copies of SVGs), for the tests that look at them.</summary>
    public static Task<BuiltSite> BuildWithPicturesAsync() => BuiltWithPictures.Value;

    public static Dictionary<string, byte[]> Input() => TempFolder.Snapshot(RepositoryRoot.DemoInput).ToDictionary(f => f.Key.Replace('\\', '/'), f => f.Value);
}
