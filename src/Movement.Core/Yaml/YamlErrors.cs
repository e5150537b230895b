using Movement.Core.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Movement.Core.Yaml;

/// <summary>Rewrites YamlDotNet's parser errors as messages and hints for people who do not know YAML.</summary>
internal static class YamlErrors
{
    public static Diagnostic From(YamlException exception, string path, int firstLine, string yaml)
    {
        var location = Positions.Of(exception.Start, path, firstLine);
        var message = exception.InnerException?.Message ?? exception.Message;

        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Error(DiagnosticCodes.DuplicateField, location, "The same setting is given twice.",
                "Keep one line for each setting name: delete or merge the repeated one.");
        }

        // The parser often stops a line before or after the tab; point at the tab itself.
        if (FirstTabIndentedLine(yaml) is { } tabLine)
        {
            var text = LineAt(yaml, tabLine);
            return Diagnostic.Error(DiagnosticCodes.InvalidYaml, new SourceLocation(path, tabLine + firstLine - 1, text.IndexOf('\t') + 1), "This line is indented with a tab character.",
                "YAML only allows spaces for indentation. Replace the tab with two spaces.");
        }

        if (GluedColon(yaml, path, firstLine, location.Line) is { } glued)
        {
            return glued;
        }

        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Error(DiagnosticCodes.InvalidYaml, location, "A quoted value is not closed.",
                "Every opening quote needs a closing quote of the same kind (\" or ') on the same value.");
        }

        if (message.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Error(DiagnosticCodes.InvalidYaml, location, "A value contains ': ', which YAML reads as a new setting.",
                "Put the whole value in double quotes, e.g. title: \"Babies: why the first 1001 days matter\".");
        }

        if (message.Contains("block mapping", StringComparison.OrdinalIgnoreCase) ||
            message.Contains("block collection", StringComparison.OrdinalIgnoreCase) ||
            message.Contains("indent", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Error(DiagnosticCodes.InvalidYaml, location, "The indentation of this line does not match the lines around it.",
                "Line up settings at the same level with the same number of spaces; list items under a setting need two more spaces.");
        }

        return Diagnostic.Error(DiagnosticCodes.InvalidYaml, location, $"The settings at the top of the file are not valid YAML ({Clean(message)}).",
            "Check this line for a missing quote, a stray character or wrong indentation. Values with ':' or '#' need quotes.");
    }

    /// <summary>
    /// A setting whose colon is not followed by a normal space ('summary:The', or a non-breaking space pasted from
    /// a document): YAML does not see a setting there, and its own message (indentation, a ': ' in a value) misleads.
    /// Looks at the lines up to the one the parser stopped at, the nearest first.
    /// </summary>
    public static Diagnostic? GluedColon(string yaml, string path, int firstLine, int stoppedAt)
    {
        var lines = yaml.Split('\n');
        var last = Math.Clamp(stoppedAt - firstLine + 1, 1, lines.Length);
        for (var i = last - 1; i >= 0; i--)
        {
            var match = GluedSetting.Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var name = match.Groups["name"].Value;
            var after = match.Groups["after"];
            var at = new SourceLocation(path, i + firstLine, after.Index + 1);
            var rest = lines[i][(after.Index + after.Length)..].TrimEnd('\r');
            return char.IsWhiteSpace(after.Value[0])
                ? Diagnostic.Error(DiagnosticCodes.NoSpaceAfterColon, at, $"The space after '{name}:' is not a normal space (often a non-breaking space pasted from a document or web page).",
                    $"Delete the space after the colon and type a normal space instead: {name}: {rest.TrimStart()}")
                : Diagnostic.Error(DiagnosticCodes.NoSpaceAfterColon, at, $"There is no space after '{name}:', so this line is not read as a setting.",
                    $"Put a normal space after the colon: {name}: {after.Value}{rest}");
        }

        return null;
    }

    // A name at the start of a line (or after '- '), a colon, then anything but a normal space, a tab or the end:
    // not '//' (a web address in a list), and not a second colon (a time such as 10:30 in a value).
    private static readonly Regex GluedSetting = new(
        @"^\s*(?:-\s+)?(?<name>[A-Za-z_][A-Za-z0-9_-]*):(?<after>[^ \t\r/:])",
        RegexOptions.CultureInvariant);

    private static int? FirstTabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i][..indent].Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string LineAt(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes positions like "(Line: 3, Col: 1, Idx: 20) - (...): "; ours are in the location.
        var colon = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (colon >= 0 ? message[(colon + 3)..] : message).TrimEnd('.');
    }
}
