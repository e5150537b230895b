using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Movement.Site.Tests.Api;

/// <summary>
/// Reads YAML as a JSON-Schema tool or an editor's YAML support does (the YAML 1.2 core schema): plain
/// 'true', '12' and nothing at all become a boolean, a number and null; everything else is a string.
/// </summary>
public static partial class YamlAsJson
{
    public static JsonNode? Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(pair => KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? "", Convert(pair.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar when scalar.Style != ScalarStyle.Plain => JsonValue.Create(scalar.Value ?? ""),
        YamlScalarNode { Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode { Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YamlScalarNode { Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YamlScalarNode { Value: { } text } when Integer().IsMatch(text) => JsonValue.Create(decimal.Parse(text, CultureInfo.InvariantCulture)),
        YamlScalarNode { Value: { } text } when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
