using System.Text.RegularExpressions;
using Movement.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Movement.Core.Yaml;

/// <summary>
/// Finds a value that YAML read as a comment: 'hashtag: #IMHAW25' is an empty setting, because an unquoted
/// ' #' starts a comment. The author meant the text, so saying nothing would drop it silently.
/// </summary>
public static partial class CommentedValues
{
    public static Diagnostic? Find(YamlMappingNode mapping, string yaml, string path, int firstLine)
    {
        var lines = yaml.Split('\n');
        foreach (var (name, value) in Settings(mapping))
        {
            if (value is not YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" })
            {
                continue;
            }

            var index = (int)name.Start.Line - 1;
            var line = index >= 0 && index < lines.Length ? lines[index].TrimEnd('\r') : "";
            var after = (int)name.End.Column - 1;
            var match = after >= 0 && after <= line.Length ? CommentAfterColon().Match(line, after) : Match.Empty;
            if (!match.Success)
            {
                continue;
            }

            var hash = match.Groups["comment"];
            var key = ((YamlScalarNode)name).Value;
            return Diagnostic.Error(DiagnosticCodes.ValueReadAsComment, new SourceLocation(path, index + firstLine, hash.Index + 1),
                $"'{key}' is empty: YAML reads everything from ' #' on as a note to itself, so '{hash.Value}' is dropped.",
                $"Put the value in double quotes: {key}: \"{hash.Value.Replace("\"", "\\\"")}\"");
        }

        return null;
    }

    // Every setting, those nested in lists of objects (downloads) included.
    private static IEnumerable<(YamlNode Name, YamlNode Value)> Settings(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(pair => Settings(pair.Value).Prepend((pair.Key, pair.Value))),
        YamlSequenceNode list => list.Children.SelectMany(Settings),
        _ => [],
    };

    [GeneratedRegex(@"\G\s*:[ \t]+(?<comment>#.*?)\s*$")]
    private static partial Regex CommentAfterColon();
}
