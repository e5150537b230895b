using System.Text;
using System.Text.Unicode;
using Movement.Core.Diagnostics;

namespace Movement.Site.Content.Members;

/// <summary>
/// How a spreadsheet export is written, found from its bytes before any row is read: the rows without a
/// byte-order mark or Excel's <c>sep=</c> line, the separator (Excel writes ';' where the decimal mark is
/// a comma, and we read that as it is), and whether it is UTF-8 at all.
/// </summary>
public sealed record MembersCsvFormat(ReadOnlyMemory<byte> Rows, char Separator, int LinesBefore)
{
    private static readonly char[] Separators = [',', ';', '\t'];

    /// <summary>The format, or null (reported) when the file is in another encoding than UTF-8.</summary>
    public static MembersCsvFormat? Detect(ReadOnlyMemory<byte> bytes, string path, IReadOnlyCollection<string> requiredColumns, IDiagnostics diagnostics)
    {
        var span = bytes.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Report(NotUtf8(new SourceLocation(path, 1, 1), "This spreadsheet is saved as 'Unicode Text' (UTF-16), not as UTF-8 CSV."));
            return null;
        }

        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
            span = bytes.Span;
        }

        if (!Utf8.IsValid(span))
        {
            diagnostics.Report(NotUtf8(FirstInvalid(path, span, out var word), $"This spreadsheet is not saved as UTF-8, so '{word}' would be published with a broken character."));
            return null;
        }

        var header = FirstLine(span);
        var linesBefore = 0;
        char? declared = null;
        if (header.StartsWith("sep="u8) && header.Length == 5)
        {
            declared = (char)header[4]; // Excel's own line naming the separator; not a row.
            bytes = bytes[Math.Min(bytes.Length, header.Length + 1)..];
            header = FirstLine(bytes.Span);
            linesBefore = 1;
        }

        return new MembersCsvFormat(bytes, declared ?? SeparatorOf(Encoding.UTF8.GetString(header), requiredColumns), linesBefore);
    }

    /// <summary>The separator that splits the header into the required columns; a comma when none does, so the missing column is reported.</summary>
    private static char SeparatorOf(string header, IReadOnlyCollection<string> requiredColumns) =>
        Separators.FirstOrDefault(separator =>
        {
            var names = header.Split(separator).Select(n => n.Trim().Trim('"').Trim().ToLowerInvariant()).ToHashSet();
            return requiredColumns.All(names.Contains);
        }, ',');

    private static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> span)
    {
        var end = span.IndexOf((byte)'\n');
        var line = end < 0 ? span : span[..end];
        return line.EndsWith("\r"u8) ? line[..^1] : line;
    }

    private static SourceLocation FirstInvalid(string path, ReadOnlySpan<byte> span, out string word)
    {
        var index = 0;
        while (index < span.Length && Rune.DecodeFromUtf8(span[index..], out _, out var length) == System.Buffers.OperationStatus.Done)
        {
            index += length;
        }

        var lineStart = span[..index].LastIndexOf((byte)'\n') + 1;
        var wordStart = index;
        while (wordStart > lineStart && span[wordStart - 1] is not ((byte)' ' or (byte)',' or (byte)';' or (byte)'"'))
        {
            wordStart--;
        }

        var wordEnd = index;
        while (wordEnd < span.Length && span[wordEnd] is not ((byte)' ' or (byte)',' or (byte)';' or (byte)'"' or (byte)'\n' or (byte)'\r'))
        {
            wordEnd++;
        }

        // Spreadsheets that are not UTF-8 are almost always Windows-1252, whose accented letters Latin-1 shares.
        word = Encoding.Latin1.GetString(span[wordStart..wordEnd]);
        return new SourceLocation(path, span[..index].Count((byte)'\n') + 1, index - lineStart + 1);
    }

    private static Diagnostic NotUtf8(SourceLocation at, string message) =>
        Diagnostic.Error(DiagnosticCodes.CsvNotUtf8, at, message,
            "Save it again as UTF-8: in Excel, File > Save As > 'CSV UTF-8 (Comma delimited)'; in LibreOffice, Save As > Text CSV, tick 'Edit filter settings' and choose the character set 'Unicode (UTF-8)'; from Google Sheets, File > Download > CSV.");
}
