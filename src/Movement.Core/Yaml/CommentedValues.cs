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
        foreach (var (name, value) in Settings(mapping))
        {
            if (value is not YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" })
            {
                continue;
            }

            var index = (int)name.Start.Line - 1;
            var line = LineAt(yaml, index);
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

    /// <summary>Line <paramref name="index"/> (from 0) of the text without its line break, or "" past the end.</summary>
    /// <remarks>Found only for an empty setting, which few documents have: every front matter is read here.</remarks>
    private static string LineAt(string text, int index)
    {
        if (index < 0)
        {
            return "";
        }

        var start = 0;
        for (var i = 0; i < index; i++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                return "";
            }

            start = end + 1;
        }

        var next = text.IndexOf('\n', start);
        return text[start..(next < 0 ? text.Length : next)].TrimEnd('\r');
    }

    // Every setting, those nested in lists of objects (downloads) included, without an iterator a level.
    private static List<(YamlNode Name, YamlNode Value)> Settings(YamlMappingNode mapping)
    {
        var settings = new List<(YamlNode, YamlNode)>();
        AddSettings(mapping, settings);
        return settings;
    }

    private static void AddSettings(YamlNode node, List<(YamlNode Name, YamlNode Value)> settings)
    {
        if (node is YamlMappingNode map)
        {
            foreach (var pair in map.Children)
            {
                settings.Add((pair.Key, pair.Value));
                AddSettings(pair.Value, settings);
            }
        }
        else if (node is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                AddSettings(item, settings);
            }
        }
    }

    [GeneratedRegex(@"\G\s*:[ \t]+(?<comment>#.*?)\s*$")]
    private static partial Regex CommentAfterColon();
}
