using System.Reflection;
using System.Text.RegularExpressions;
using Movement.Core.Diagnostics;
using Movement.Testing;

namespace Movement.Core.Tests.Diagnostics;

/// <summary>The catalogue, the code and the README's table of codes stay in step.</summary>
public partial class DiagnosticCodesTests
{
    private static readonly IReadOnlyList<string> Catalogue = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToList();

    [Fact]
    public void Each_code_has_one_name()
    {
        Assert.Equal(Catalogue.Count, Catalogue.Distinct().Count());
        Assert.All(Catalogue, code => Assert.Matches(CodeShape(), code));
    }

    [Fact]
    public void No_code_is_written_as_a_literal_outside_the_catalogue()
    {
        var source = Path.Combine(RepositoryRoot.Find(), "src");
        var literals = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "DiagnosticCodes.cs")
            .SelectMany(f => Literal().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(source, f)}: {m.Value}"))
            .ToList();

        Assert.True(literals.Count == 0, "Name these codes in DiagnosticCodes instead: " + string.Join(", ", literals));
    }

    [Fact]
    public void The_readme_explains_every_code_and_no_other()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "README.md"));
        var table = readme[readme.IndexOf("### Diagnostic codes", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", StringComparison.Ordinal)];
        var documented = CodeShape().Matches(table).Select(m => m.Value).ToHashSet();

        Assert.Empty(Catalogue.Except(documented));
        Assert.Empty(documented.Except(Catalogue));
    }

    [GeneratedRegex(@"MV\d{4}")]
    private static partial Regex CodeShape();

    [GeneratedRegex("\"MV\\d{4}\"")]
    private static partial Regex Literal();
}
