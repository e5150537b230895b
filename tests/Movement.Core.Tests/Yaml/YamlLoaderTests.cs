using Movement.Core.Diagnostics;
using Movement.Core.Yaml;

namespace Movement.Core.Tests.Yaml;

public class YamlLoaderTests
{
    private static Diagnostic LoadFails(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlLoader.LoadMapping(yaml, "briefs/x.md", 2, diagnostics));
        return Assert.Single(diagnostics.ToList());
    }

    [Fact]
    public void A_tab_is_reported_on_its_line_of_the_file()
    {
        var error = LoadFails("title: A\nasks:\n\t- title: B\n");

        Assert.Equal("MV0001", error.Code);
        Assert.Equal(4, error.Location.Line); // YAML line 3 of a block that starts on file line 2.
        Assert.Contains("tab", error.Message);
        Assert.Contains("spaces", error.Hint);
    }

    [Fact]
    public void An_unclosed_quote_says_so()
    {
        var error = LoadFails("title: \"Unclosed\nsummary: x\n");

        Assert.Equal("MV0001", error.Code);
        Assert.Contains("quote", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_duplicate_key_is_reported_with_its_own_code()
    {
        var error = LoadFails("title: A\ntitle: B\n");

        Assert.Equal("MV0003", error.Code);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void A_colon_in_an_unquoted_value_suggests_quotes()
    {
        var error = LoadFails("title: Babies: the first 1001 days\n");

        Assert.Contains("quotes", error.Hint);
    }

    [Fact]
    public void Front_matter_that_is_a_list_is_refused()
    {
        var error = LoadFails("- title: A\n");

        Assert.Equal("MV0004", error.Code);
    }

    [Fact]
    public void Empty_front_matter_is_an_empty_mapping()
    {
        var diagnostics = new DiagnosticBag();

        var mapping = YamlLoader.LoadMapping("", "pages/x.md", 2, diagnostics);

        Assert.NotNull(mapping);
        Assert.Empty(mapping.Children);
        Assert.Empty(diagnostics.ToList());
    }
}
