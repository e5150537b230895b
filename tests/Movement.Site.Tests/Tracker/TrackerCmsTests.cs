using Movement.Testing;
using YamlDotNet.RepresentationModel;

namespace Movement.Site.Tests.Tracker;

public class TrackerCmsTests
{
    [Fact]
    public async Task The_editing_ui_adds_an_entry_to_an_asks_history_as_one_item_of_a_list()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Both);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(site.Text("admin/config.yml")));
        var collection = Items(yaml.Documents[0].RootNode, "collections").Single(c => Scalar(c, "name") == "ask");
        Assert.Equal("input/tracker", Scalar(collection, "folder"));
        var fields = Items(collection, "fields").ToList();
        Assert.Contains(fields, f => Scalar(f, "name") == Scalar(collection, "identifier_field")); // The editing UI refuses a collection that names no field of its own.
        // A list widget: an editor appends one entry, and the others are kept as they are.
        var entries = fields.Single(f => Scalar(f, "name") == "entries");
        Assert.Equal("list", Scalar(entries, "widget"));
        var parts = Items(entries, "fields").ToList();
        Assert.Equal(["government", "date", "commitment", "delivery", "note", "illustrative", "evidence"], parts.Select(p => Scalar(p, "name")));
        Assert.Equal(["UK Government", "Scottish Government", "Welsh Government", "Northern Ireland Executive"],
            Items(parts[0], "options").Select(o => Scalar(o, "label")));
        Assert.Equal("Not started", Items(parts[3], "options").Select(o => Scalar(o, "label")).First());
        Assert.Equal(["title", "publisher", "date", "link"], Items(parts[6], "fields").Select(p => Scalar(p, "name")));
    }

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static IEnumerable<YamlMappingNode> Items(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(key, out var list) ? ((YamlSequenceNode)list).Cast<YamlMappingNode>() : [];
}
