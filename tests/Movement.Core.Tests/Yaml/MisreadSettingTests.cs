using Movement.Core.Diagnostics;
using Movement.Core.Yaml;

namespace Movement.Core.Tests.Yaml;

/// <summary>A colon without a normal space after it, and a '#' read as a comment: said as such, and only when so.</summary>
public class MisreadSettingTests
{
    private static (Diagnostic? Only, bool Loaded) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = YamlLoader.LoadMapping(yaml, "briefs/x.md", 2, diagnostics) is not null;
        return (diagnostics.ToList().SingleOrDefault(), loaded);
    }

    [Fact]
    public void A_whole_front_matter_of_one_glued_setting_is_reported_as_such()
    {
        var (error, loaded) = Load("title:My brief\n");

        Assert.False(loaded);
        Assert.Equal(("MV0111", 2, 7), (error!.Code, error.Location.Line, error.Location.Column));
        Assert.EndsWith("title: My brief", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_addresses_in_a_list_and_times_are_not_taken_for_glued_settings()
    {
        var (error, _) = Load("time: 10:30\nlinks:\n  - https://example.org\ntitle: \"Unclosed\nsummary: S\n");

        Assert.Equal("MV0001", error!.Code);
        Assert.Contains("quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_hash_and_a_comment_after_a_value_are_fine()
    {
        var (error, loaded) = Load("hashtag: \"#IMHAW25\"\ntitle: B # the short title\nnotes:\n");

        Assert.True(loaded);
        Assert.Null(error);
    }

    [Fact]
    public void A_hash_right_after_the_colon_in_a_nested_item_is_found_on_its_line()
    {
        var (error, loaded) = Load("title: B\ndays:\n  - date: 2025-06-09\n    theme:   #Bonding\n");

        Assert.False(loaded);
        Assert.Equal(("MV0110", 5, 14), (error!.Code, error.Location.Line, error.Location.Column));
    }
}
