using System.Collections.Immutable;
using CsvHelper;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Core.Schema;
using Movement.Core.Text;
using Movement.Site.Content;

namespace Movement.Site.Content.Members;

/// <summary>
/// Turns the spreadsheet export (<c>members.csv</c>, read like any other file) into one document per row,
/// shaped like the YAML member files so they get exactly the same validation. Other documents pass through
/// first, then the rows, in sheet order.
/// </summary>
public sealed class ParseMembersCsv : IModule
{
    private static readonly string[] RequiredColumns = ["name", "type", "nations", "description"];
    private static readonly string[] ListColumns = ["nations"];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var rows = new List<Document>();
        foreach (var sheet in inputs.Where(IsSheet))
        {
            // The bytes go to the reader as they are: no copy of a large spreadsheet as text.
            var format = MembersCsvFormat.Detect(sheet.ContentBytes(), sheet.Source!, RequiredColumns, context.Diagnostics);
            if (format is not null)
            {
                rows.AddRange(ReadRows(format, sheet.Source!, context.Diagnostics));
            }
        }

        return Task.FromResult(inputs.Where(d => !IsSheet(d)).Concat(rows).ToImmutableArray());
    }

    /// <summary>Whether a document is the members spreadsheet rather than a member's YAML file.</summary>
    public static bool IsSheet(Document document) => document.Source == MemberType.CsvFile;

    private static List<Document> ReadRows(MembersCsvFormat format, string path, IDiagnostics diagnostics)
    {
        var documents = new List<Document>();
        var options = new CsvReaderOptions
        {
            Separator = format.Separator, // From the header only: the nations cells contain ';'.
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            PoolStrings = true, // The same types, nations and regions on thousands of rows.
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = false, // One bad quote must not swallow the rest of the file.
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => diagnostics.Report(Malformed(record, path, format.LinesBefore)),
        };
        using var reader = CsvReader.Create(format.Rows, options);
        var columns = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray(); // 'Name ' and 'NAME' are 'name'.
        var missing = RequiredColumns.Where(c => !columns.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.CsvMissingColumn, new SourceLocation(path, 1 + format.LinesBefore, 1), $"The members spreadsheet has no '{string.Join("', '", missing)}' column.",
                "The first row must name the columns: name,type,nations,region,website,logo,description,joined"));
            return documents;
        }

        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            documents.Add(new Document { Source = path }.With(CoreKeys.FrontMatter, ToRaw(columns, cells, path, (int)reader.LineNumber + format.LinesBefore, diagnostics)));
        }

        return documents;
    }

    private static Diagnostic Malformed(CsvMalformedRecord record, string path, int linesBefore)
    {
        var location = new SourceLocation(path, (int)record.LineNumber + linesBefore);
        return record.Reason == CsvMalformedReason.FieldCountMismatch
            ? Diagnostic.Error(DiagnosticCodes.CsvMalformedRow, location, "This row has a different number of cells from the header row, so it was skipped.",
                "A comma inside a cell splits it in two: put that cell in double quotes, e.g. \"Training, supervision and therapy\".")
            : Diagnostic.Error(DiagnosticCodes.CsvMalformedRow, location, "A quote mark in this row is not where the spreadsheet format allows it, so the row was skipped.",
                "Put the whole cell in double quotes, close every quote, and double any quote mark inside a cell: \"The \"\"Rare Jewels\"\" report\".");
    }

    private static RawMap ToRaw(string[] columns, string[] cells, string path, int line, IDiagnostics diagnostics)
    {
        var entries = new List<KeyValuePair<string, RawValue>>();
        var column = 1;
        for (var i = 0; i < columns.Length; i++)
        {
            var location = new SourceLocation(path, line, column);
            var cell = cells[i].Trim();
            column += cells[i].Length + 1;
            if (ControlCharacters.IndexIn(cell) >= 0)
            {
                cell = ControlCharacters.Without(cell).Text.Trim();
                diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.ControlCharacter, location, $"The '{columns[i]}' cell holds an invisible control character; web pages and feeds cannot hold it, so it was removed.",
                    "The page is published without it. To tidy the spreadsheet, retype the cell, or paste its text again as plain text."));
            }

            if (cell.Length == 0)
            {
                continue;
            }

            RawValue value = ListColumns.Contains(columns[i])
                ? new RawList(cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (RawValue)new RawScalar(v, location)).ToList(), location)
                : new RawScalar(cell, location);
            entries.Add(KeyValuePair.Create(columns[i], value));
        }

        // Rows have no file name to take a slug from: the organisation's name gives it.
        if (!columns.Contains("slug") && entries.FirstOrDefault(e => e.Key == "name").Value is RawScalar { Value: { } name })
        {
            entries.Add(KeyValuePair.Create("slug", (RawValue)new RawScalar(Slugs.FromName(name), new SourceLocation(path, line, 1))));
        }

        return new RawMap(entries, new SourceLocation(path, line, 1));
    }
}
