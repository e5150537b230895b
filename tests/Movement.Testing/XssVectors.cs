namespace Movement.Testing;

/// <summary>The public classes of cross-site scripting vectors in tests/Movement.Site.Tests/Safety/Data/xss-vectors.txt, one per line.</summary>
public static class XssVectors
{
    public static string FilePath => Path.Combine(RepositoryRoot.Find(), "tests", "Movement.Site.Tests", "Safety", "Data", "xss-vectors.txt");

    public static IReadOnlyList<string> All { get; } = File.ReadAllLines(FilePath)
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToList();
}
