using System.Globalization;
using Movement.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Movement.Core.Yaml;

/// <summary>
/// Parses YAML into YamlDotNet's node tree, which keeps each node's line and column, and turns the
/// parser's messages into diagnostics that say how to fix the file.
/// </summary>
public static class YamlLoader
{
    /// <param name="firstLine">The line of the file the YAML text starts on, so positions match the file.</param>
    public static YamlMappingNode? LoadMapping(string yaml, string path, int firstLine, IDiagnostics diagnostics)
    {
        var stream = new YamlStream();
        var parser = new RememberingParser(new BoundedParser(new Parser(new StringReader(yaml))));
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException exception)
        {
            diagnostics.Report(LimitError(exception, path, firstLine));
            return null;
        }
        catch (YamlException exception)
        {
            diagnostics.Report(YamlErrors.From(exception, path, firstLine, yaml));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's own faults on some damaged input: still the author's YAML, so report it as such.
            var at = new YamlException(parser.LastGood, parser.LastGood, "unexpected characters, such as an unclosed '[' or '{' or a stray '*', '&' or '!'");
            diagnostics.Report(YamlErrors.From(at, path, firstLine, yaml));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            if (CommentedValues.Find(mapping, yaml, path, firstLine) is { } commented)
            {
                diagnostics.Report(commented);
                return null;
            }

            return mapping;
        }

        var root = stream.Documents[0].RootNode;
        diagnostics.Report(YamlErrors.GluedColon(yaml, path, firstLine, int.MaxValue) ?? Diagnostic.Error(
            DiagnosticCodes.NotAMapping,
            Positions.Of(root, path, firstLine),
            "The settings at the top of this file are not a list of 'name: value' lines.",
            "Write one setting per line, like 'title: My title', with no '-' or indentation before the name."));
        return null;
    }

    private static Diagnostic LimitError(YamlLimitException exception, string path, int firstLine)
    {
        var location = Positions.Of(exception.Start, path, firstLine);
        return exception.Limit == YamlLimit.Depth
            ? Diagnostic.Error(DiagnosticCodes.YamlTooDeep, location, $"The settings are nested more than {BoundedParser.MaxDepth} levels deep here.",
                "Settings are a few 'name: value' lines, lists and lists of settings: remove the extra '[', '{', '-' or indentation. Nothing needs this many levels.")
            : Diagnostic.Error(DiagnosticCodes.YamlAliasBomb, location, $"The aliases ('*name') in these settings repeat more than {BoundedParser.MaxAliasNodes.ToString("N0", CultureInfo.InvariantCulture)} values in all.",
                "Write the values out instead of repeating them with '&name' and '*name', or use far fewer aliases.");
    }
}
