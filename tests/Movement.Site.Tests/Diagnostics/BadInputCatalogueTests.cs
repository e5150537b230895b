using System.Text;
using Movement.Core.Diagnostics;
using Movement.Testing;

namespace Movement.Site.Tests.Diagnostics;

/// <summary>
/// Every mistake in <see cref="BadInputCatalogue"/> gives exactly its diagnostic, at its file and line, with
/// a hint in plain words; errors leave the site unwritten, warnings let it build. Things that look odd but
/// are not mistakes (a byte-order mark, Windows line endings, a date in the future) build correctly.
/// </summary>
public class BadInputCatalogueTests
{
    public static TheoryData<string> Names => [.. BadInputCatalogue.Cases.Keys];

    [Fact]
    public void The_catalogue_holds_at_least_forty_distinct_mistakes()
    {
        Assert.True(BadInputCatalogue.Cases.Count >= 40, $"{BadInputCatalogue.Cases.Count} cases");
        Assert.Equal(BadInputCatalogue.Cases.Count, BadInputCatalogue.Cases.Values.Select(c => c.Site + string.Join(",", c.Bytes.Keys)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_mistake_is_reported_exactly_where_it_was_made(string name)
    {
        var mistake = BadInputCatalogue.Cases[name];
        var files = InlineFiles.Parse(mistake.Site).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
        foreach (var (path, bytes) in mistake.Bytes)
        {
            files[path] = bytes;
        }

        var site = await TestSite.BuildAsync(files);

        var diagnostic = site.AssertDiagnostic(mistake.Code, mistake.Path, mistake.Line);
        Assert.Equal(mistake.Severity, diagnostic.Severity);
        if (mistake.Column is { } column)
        {
            Assert.Equal(column, diagnostic.Location.Column);
        }

        // Every case: the column is on the line (or just after its end, for something missing there).
        var lines = Encoding.UTF8.GetString(files[mistake.Path]).Split('\n');
        var lineLength = mistake.Line <= lines.Length ? lines[mistake.Line - 1].TrimEnd('\r').Length : 0;
        Assert.InRange(diagnostic.Location.Column, 1, Math.Max(1, lineLength + 1));

        Assert.All(mistake.HintWords, word => Assert.Contains(word, diagnostic.Hint, StringComparison.OrdinalIgnoreCase));
        Assert.All(mistake.MessageWords, word => Assert.Contains(word, diagnostic.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(site.Diagnostics, d => d.Code == "MV0900");
        if (mistake.Severity == Severity.Error)
        {
            Assert.All(site.Errors, e => Assert.Equal((mistake.Code, mistake.Path), (e.Code, e.Location.Path)));
            site.AssertFailedWithoutOutput();
        }
        else
        {
            site.AssertSucceeded();
        }
    }
}
