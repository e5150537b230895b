using System.Text.RegularExpressions;

namespace Movement.Core.Text;

/// <summary>
/// The unmistakable mark of text still to be written ("TODO: write a one-sentence summary"), which
/// 'movement new' puts wherever it cannot know the value. A published page must never show one.
/// </summary>
public static partial class Placeholders
{
    public const string Marker = "TODO";

    /// <summary>Whether the text still says TODO anywhere (as a word, in capitals).</summary>
    public static bool IsIn(string? text) => text is not null && text.Contains(Marker, StringComparison.Ordinal) && Word().IsMatch(text);

    /// <summary>Whether the whole value is a placeholder, so it stands for a value not yet given rather than a wrong one.</summary>
    public static bool IsWhole(string? text) => text is not null && text.TrimStart().StartsWith(Marker, StringComparison.Ordinal) && IsIn(text);

    /// <summary>The 1-based column of the first placeholder in a line, or 0.</summary>
    public static int ColumnIn(string line) => Word().Match(line) is { Success: true } match ? match.Index + 1 : 0;

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])TODO(?![\p{L}\p{N}_])")]
    private static partial Regex Word();
}
