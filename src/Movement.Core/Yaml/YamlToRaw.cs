using Movement.Core.Schema;
using Movement.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Movement.Core.Yaml;

/// <summary>Turns a YAML node tree into raw values that keep each value's position in the file.</summary>
public static class YamlToRaw
{
    public static RawMap Convert(YamlMappingNode mapping, string path, int firstLine) =>
        (RawMap)ConvertNode(mapping, path, firstLine);

    private static RawValue ConvertNode(YamlNode node, string path, int firstLine)
    {
        var location = Positions.Of(node, path, firstLine);
        return node switch
        {
            // A control character gets into a value only through an escape such as "\u0007", which nobody writes by
            // mistake (one typed in the file itself is reported when the file is read): it is dropped without a word.
            YamlScalarNode scalar => new RawScalar(IsNull(scalar) || scalar.Value is null ? null : ControlCharacters.Without(scalar.Value).Text, location),
            YamlSequenceNode sequence => new RawList(sequence.Children.Select(c => ConvertNode(c, path, firstLine)).ToList(), location),
            YamlMappingNode mapping => new RawMap(
                mapping.Children.Select(pair => KeyValuePair.Create(
                    (pair.Key as YamlScalarNode)?.Value ?? "",
                    ConvertNode(pair.Value, path, firstLine))).ToList(),
                location)
            {
                KeyLocations = mapping.Children
                    .GroupBy(pair => (pair.Key as YamlScalarNode)?.Value ?? "")
                    .ToDictionary(g => g.Key, g => Positions.Of(g.First().Key, path, firstLine)),
            },
            _ => new RawScalar(null, location),
        };
    }

    // An unquoted '~', 'null' or nothing at all means "no value" in YAML.
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
