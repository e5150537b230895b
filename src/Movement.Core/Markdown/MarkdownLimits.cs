using Movement.Core.Diagnostics;

namespace Movement.Core.Markdown;

/// <summary>
/// Finds the line where a Markdown body goes past what Markdig parses quickly, before Markdig sees it:
/// nesting near its depth limit takes it seconds to minutes and then throws an exception that names no
/// line, and thousands of emphasis marks or table cells in one paragraph take it seconds. No real page
/// comes near these limits; the author gets a located error instead of a stalled build.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Quotes and list markers opened at the start of one line ('&gt; &gt; - 1.').</summary>
    public const int MaxContainers = 32;

    /// <summary>Leading spaces outside code fences: lists nest by indentation too.</summary>
    public const int MaxIndent = 96;

    /// <summary>'[' not yet closed within one paragraph.</summary>
    public const int MaxOpenBrackets = 32;

    /// <summary>Runs of '*', '_' or '~' in one paragraph.</summary>
    public const int MaxEmphasisMarks = 2_000;

    /// <summary>Cells of a table: a paragraph's lines times the most '|' on one of them (Markdig fills every row to the header's width).</summary>
    public const int MaxTableCells = 10_000;

    /// <param name="firstLine">The line of the file the body starts on.</param>
    public static Diagnostic? Check(string body, string path, int firstLine)
    {
        var fence = "";
        var brackets = 0;
        var emphasis = 0;
        var lines = 0;
        var widest = 0;
        var lineNumber = firstLine - 1;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = body.AsSpan()[range];
            var trimmed = line.TrimStart(' ');
            if (FenceOf(trimmed) is { } marker && (fence.Length == 0 || trimmed.StartsWith(fence)))
            {
                fence = fence.Length == 0 ? marker : "";
                continue;
            }

            if (fence.Length > 0)
            {
                continue;
            }

            if (trimmed.IsWhiteSpace())
            {
                (brackets, emphasis, lines, widest) = (0, 0, 0, 0);
                continue;
            }

            var at = new SourceLocation(path, lineNumber, 1);
            if (line.Length - trimmed.Length > MaxIndent || Containers(line) > MaxContainers)
            {
                return TooDeep(at, "quotes ('>') or lists");
            }

            lines++;
            var pipes = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '[' && ++brackets > MaxOpenBrackets)
                {
                    return TooDeep(at with { Column = i + 1 }, "square brackets ('[')");
                }
                else if (c == ']' && brackets > 0)
                {
                    brackets--;
                }
                else if (c is '*' or '_' or '~' && (i == 0 || line[i - 1] != c) && ++emphasis > MaxEmphasisMarks)
                {
                    return TooMany(at, $"{MaxEmphasisMarks:D} emphasis marks ('*', '_' or '~')");
                }
                else if (c == '|')
                {
                    pipes++;
                }
            }

            widest = Math.Max(widest, pipes);
            if ((long)widest * lines > MaxTableCells)
            {
                return TooMany(at, $"{MaxTableCells:D} table cells (rows times '|')");
            }
        }

        return null;
    }

    /// <summary>
    /// Where Markdig itself gave up on nesting the checks above let through (such as emphasis inside
    /// emphasis): it does not say where, so the line with the most marks that nest is named.
    /// </summary>
    public static Diagnostic DepthLimit(string body, string path, int firstLine)
    {
        var lines = body.Split('\n');
        var worst = Enumerable.Range(0, lines.Length).MaxBy(i => lines[i].Count(c => c is '>' or '*' or '_' or '~' or '[' or '-' or '+'));
        return TooDeep(new SourceLocation(path, firstLine + worst, 1), "quotes, lists, links or emphasis");
    }

    private static Diagnostic TooDeep(SourceLocation at, string what) =>
        Diagnostic.Error(DiagnosticCodes.MarkdownTooDeep, at, $"The text here nests {what} inside each other more deeply than any page needs.",
            $"Remove the extra levels: nest at most {MaxContainers} quotes or lists inside each other, and close each '[' with ']' (write '\\[' for a bracket meant as text).");

    private static Diagnostic TooMany(SourceLocation at, string what) =>
        Diagnostic.Error(DiagnosticCodes.MarkdownTooLarge, at, $"This paragraph has more than {what}, more than the page can be built from quickly.",
            "Split it into smaller paragraphs or tables with blank lines between them, or write '\\*', '\\_', '\\|' for marks meant as text.");

    /// <summary>How many quotes and list markers open at the start of the line.</summary>
    private static int Containers(ReadOnlySpan<char> line)
    {
        var count = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
            else if (i + 1 < line.Length && line[i] is '*' or '-' or '+' && line[i + 1] == ' ')
            {
                i += 2;
            }
            else if (OrderedMarkerLength(line[i..]) is > 0 and var length)
            {
                i += length;
            }
            else
            {
                return count;
            }

            if (++count > MaxContainers)
            {
                return count;
            }
        }
    }

    private static int OrderedMarkerLength(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < rest.Length && rest[digits] is '.' or ')' && rest[digits + 1] == ' ' ? digits + 2 : 0;
    }

    private static string? FenceOf(ReadOnlySpan<char> trimmed) =>
        trimmed.StartsWith("```") ? "```" : trimmed.StartsWith("~~~") ? "~~~" : null;
}
