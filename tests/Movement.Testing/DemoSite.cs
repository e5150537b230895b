namespace Movement.Testing;

/// <summary>The demo site in input/, built in memory once per test run for the tests that read its output.</summary>
public static class DemoSite
{
    private static readonly Lazy<Task<BuiltSite>> Built = new(() =>
        TestSite.BuildAsync(TempFolder.Snapshot(RepositoryRoot.DemoInput).ToDictionary(f => f.Key.Replace('\\', '/'), f => f.Value)));

    public static Task<BuiltSite> BuildAsync() => Built.Value;
}
