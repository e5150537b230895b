using Movement.Core.Diagnostics;
using Movement.Core.Schema;
using Movement.Core.Yaml;

namespace Movement.Core.Tests.Yaml;

/// <summary>
/// The limits on nesting and alias expansion hold on the parser's events, at the place they are passed,
/// and leave ordinary anchors and aliases and reasonable nesting alone.
/// </summary>
public class YamlLimitsTests
{
    private static (RawMap? Raw, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var mapping = YamlLoader.LoadMapping(yaml, "briefs/x.md", 2, diagnostics);
        return (mapping is null ? null : YamlToRaw.Convert(mapping, "briefs/x.md", 2), diagnostics.ToList());
    }

    [Fact]
    public void Nesting_to_the_limit_loads_and_one_level_more_is_reported_where_it_starts()
    {
        var (atLimit, none) = Load("a: " + new string('[', 63) + new string(']', 63));
        Assert.NotNull(atLimit);
        Assert.Empty(none);

        var (_, diagnostics) = Load("a: " + new string('[', 64) + new string(']', 64));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("MV0005", 2, 67), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Ordinary_aliases_are_expanded_and_nested_expansion_is_counted_to_the_limit()
    {
        var (raw, none) = Load("base: &b [england, wales]\nnations: *b\n");
        Assert.Empty(none);
        Assert.Equal(2, Assert.IsType<RawList>(raw!.Entries.Single(e => e.Key == "nations").Value).Items.Count);

        // 100 values, each alias of 'c' repeats 101 of them: the 100th alias goes past 10,000.
        var (_, diagnostics) = Load($"a: &c [{string.Join(",", Enumerable.Repeat("x", 100))}]\nb: [{string.Join(", ", Enumerable.Repeat("*c", 100))}]\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("MV0006", 3), (error.Code, error.Location.Line));
        Assert.Equal(5 + 99 * 4, error.Location.Column);
    }
}
