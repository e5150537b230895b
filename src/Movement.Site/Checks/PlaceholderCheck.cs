using Movement.Core.Diagnostics;
using Movement.Core.Schema;
using Movement.Core.Text;

namespace Movement.Site.Checks;

/// <summary>
/// Finds the "TODO" placeholders 'movement new' writes (or an author leaves) in front matter and text.
/// A published item must not show one, so it is an error; in a draft it is a warning, the list of what
/// is left to write.
/// </summary>
public static class PlaceholderCheck
{
    public static void Report(RawMap fields, string? body, int bodyFirstLine, bool isDraft, IDiagnostics diagnostics)
    {
        var found = InFields(fields, "").Concat(InBody(fields.Location.Path, body, bodyFirstLine)).ToList();
        if (found.Count == 0)
        {
            return;
        }

        if (isDraft)
        {
            // One warning per draft: the list of what is left to write, at the first of them.
            var places = string.Join(", ", found.Select(f => $"{f.Name} (line {f.Location.Line})"));
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.DraftPlaceholders, found[0].Location, $"This draft still has {found.Count} TODO placeholder{(found.Count == 1 ? "" : "s")}: {places}.",
                "Replace each TODO with the real text before you publish it by removing 'status: draft'."));
            return;
        }

        foreach (var (name, location) in found)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.PlaceholderLeft, location, $"{(name == "text" ? "The text" : $"'{name}'")} still says TODO: a published page must not show a placeholder.",
                $"Replace the TODO with the real {(name == "text" ? "text" : "value")}, or add the line 'status: draft' under the title until it is ready."));
        }
    }

    private static IEnumerable<(string Name, SourceLocation Location)> InBody(string path, string? body, int firstLine)
    {
        if (!Placeholders.IsIn(body))
        {
            yield break; // Nearly every body: not split into lines only to find nothing.
        }

        var lines = body!.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Placeholders.ColumnIn(lines[i]) is > 0 and var column)
            {
                yield return ("text", new SourceLocation(path, firstLine + i, column));
            }
        }
    }

    private static IEnumerable<(string Name, SourceLocation Location)> InFields(RawValue value, string name) => value switch
    {
        RawScalar scalar when Placeholders.IsIn(scalar.Value) => [(name, scalar.Location)],
        RawMap map => map.Entries.SelectMany(e => InFields(e.Value, name.Length == 0 ? e.Key : $"{name}.{e.Key}")),
        RawList list => list.Items.SelectMany((item, i) => InFields(item, $"{name}[{i + 1}]")),
        _ => [],
    };
}
