using Movement.Testing;
using YamlDotNet.RepresentationModel;

namespace Movement.Site.Tests.Languages;

/// <summary>The editing UI's configuration pairs files as Movement does: x.md and x.cy.md, facts copied, words translated.</summary>
public class CmsI18nTests
{
    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    [Fact]
    public async Task The_editor_writes_translations_beside_their_english_files_and_copies_the_shared_facts()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader((await DemoSite.BuildAsync()).Text("admin/config.yml")));
        var config = (YamlMappingNode)yaml.Documents[0].RootNode;

        var i18n = Map(config, "i18n");
        Assert.Equal("multiple_files", Scalar(i18n, "structure"));
        Assert.Equal(["en", "cy"], ((YamlSequenceNode)i18n["locales"]).Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("en", Scalar(i18n, "default_locale"));
        Assert.Equal("true", Scalar(i18n, "omit_default_locale_from_filename"));

        var briefs = ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>().Single(c => Scalar(c, "name") == "brief");
        Assert.Equal("true", Scalar(briefs, "i18n"));
        var fields = ((YamlSequenceNode)briefs["fields"]).Cast<YamlMappingNode>().ToDictionary(f => Scalar(f, "name"), f => Scalar(f, "i18n"));
        Assert.Equal("true", fields["title"]);
        Assert.Equal("true", fields["body"]);
        Assert.Equal("true", fields["asks"]);
        Assert.Equal("duplicate", fields["date"]);
        Assert.Equal("duplicate", fields["nations"]);
        Assert.Equal("none", fields["lang"]); // The file name says the language.

        var members = ((YamlSequenceNode)config["collections"]).Cast<YamlMappingNode>().First(c => Scalar(c, "name").StartsWith("member", StringComparison.Ordinal));
        Assert.False(members.Children.ContainsKey("i18n")); // Members are YAML records, not translated one by one.
    }
}
