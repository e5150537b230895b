using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Site.Building;
using Xunit;

namespace Movement.Testing;

/// <summary>The result of a test build, with assertions that read as sentences.</summary>
public sealed class BuiltSite(BuildReport report, InMemoryOutput output)
{
    public BuildReport Report => report;

    public IReadOnlyList<Diagnostic> Diagnostics => report.Diagnostics;

    public IReadOnlyList<Diagnostic> Errors => report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    /// <summary>Whether the output received the files: only builds without errors commit.</summary>
    public bool Committed => output.Committed;

    /// <summary>Every file the build produced (committed or not), by path.</summary>
    public IReadOnlyDictionary<string, OutputFile> Files => report.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);

    public bool Has(string path) => Files.ContainsKey(path);

    public string Text(string path)
    {
        Assert.True(Files.TryGetValue(path, out var file), $"No output file '{path}'. Files: {string.Join(", ", Files.Keys.Take(40))}");
        return Encoding.UTF8.GetString(file!.Bytes().Span);
    }

    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Text(path));

    public void AssertSucceeded()
    {
        Assert.True(report.Succeeded, "Expected no errors, got:\n" + string.Join("\n", Errors));
        Assert.True(Committed);
    }

    public void AssertFile(string path, params string[] fragments)
    {
        var text = Text(path);
        foreach (var fragment in fragments)
        {
            Assert.True(text.Contains(fragment, StringComparison.Ordinal), $"'{fragment}' is not in {path}:\n{text}");
        }
    }

    /// <summary>Asserts one diagnostic with this code at this file and line, and returns it for further checks.</summary>
    public Diagnostic AssertDiagnostic(string code, string path, int? line = null)
    {
        var matches = Diagnostics.Where(d => d.Code == code && d.Location.Path == path && (line is null || d.Location.Line == line)).ToList();
        Assert.True(matches.Count > 0, $"Expected {code} at {path}:{line}, got:\n" + string.Join("\n", Diagnostics));
        Assert.False(string.IsNullOrWhiteSpace(matches[0].Hint), $"{code} has no hint.");
        return matches[0];
    }

    /// <summary>Asserts the build failed and wrote nothing.</summary>
    public void AssertFailedWithoutOutput()
    {
        Assert.False(report.Succeeded, "Expected errors, the build succeeded.");
        Assert.False(Committed, "A failed build must not hand files to the output.");
    }
}
