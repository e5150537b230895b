using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Core.Text;

namespace Movement.Core.Modules;

/// <summary>
/// Turns file bytes into text. Binary files, invalid UTF-8 and empty files are reported and dropped, so
/// later modules only see readable text; invisible control characters are reported and removed.
/// </summary>
public sealed class DecodeText : IModule
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        return Task.FromResult(EachDocument.InParallel(inputs, context.CancellationToken, document =>
            Decode(document, context.Diagnostics) is { } text ? document with { Text = text, Bytes = null } : null));
    }

    private static string? Decode(Document document, IDiagnostics diagnostics)
    {
        var bytes = document.ContentBytes().Span;
        var path = document.Source ?? "";
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BinaryFile, At(path, bytes, nul), "This file contains binary data, not text.",
                "It may be an image or a document saved with the wrong name. Save it as plain text (UTF-8) or move it out of the content folders."));
            return null;
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.NotUtf8, At(path, bytes, Math.Max(0, exception.Index)), "This file is not valid UTF-8 text.",
                "Save the file again with the encoding set to UTF-8 (most editors offer it under 'Save as' or 'Encoding')."));
            return null;
        }

        // Empty as the parsers will see it, looked at in place rather than in two copies of the text: normalising drops a
        // leading byte-order mark, which is not white space, and turns CRs into LFs, which are.
        var content = text.AsSpan();
        if ((content.StartsWith('\uFEFF') ? content[1..] : content).Trim().IsEmpty)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EmptyFile, new SourceLocation(path), "This file is empty.",
                "Fill it in (copy the front matter from a similar file, or create one with 'movement new'), or delete it."));
            return null;
        }

        return WithoutControlCharacters(text, path, diagnostics);
    }

    private static string WithoutControlCharacters(string text, string path, IDiagnostics diagnostics)
    {
        var first = ControlCharacters.IndexIn(text);
        if (first < 0)
        {
            return text;
        }

        var (kept, removed) = ControlCharacters.Without(text);
        var before = text.AsSpan(0, first);
        var at = new SourceLocation(path, before.Count('\n') + 1, first - (before.LastIndexOf('\n') + 1) + 1);
        var code = ((int)text[first]).ToString("X4", CultureInfo.InvariantCulture);
        var others = removed == 1 ? "" : $" ({removed} in this file)";
        var hint = text[first] == '\u000B'
            ? "The page is published without it. To tidy the file, delete it where the text seems to have a space or a line break (often a line break pasted from Word: press Enter instead)."
            : "The page is published without it. To tidy the file, retype the text around it, or paste it again as plain text.";
        diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.ControlCharacter, at,
            $"An invisible control character (U+{code}) is here{others}; web pages and feeds cannot hold it, so it was removed.", hint));
        return kept;
    }

    private static SourceLocation At(string path, ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Min(index, bytes.Length);
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var column = index - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return new SourceLocation(path, line, column);
    }
}
