using System.Text;

namespace Movement.Site.Search;

/// <summary>
/// Splits text into search words. The browser's copy (theme/wwwroot/js/search-core.js) follows the same
/// rules, and tests hold both to the same cases: a query only finds a page when both sides cut words alike.
/// </summary>
/// <remarks>
/// Rules: lower-case; accents removed from Latin letters (ŵ is w, é is e), so Welsh and French words match however they
/// are typed; a word is a run of letters and digits; an apostrophe (' ’ ʼ) between two letters or digits
/// is dropped and joins them (babies' is babies, baby's is babys), anywhere else it separates; every
/// other character (hyphens included) separates, so parent-infant gives parent and infant.
/// Words longer than <see cref="MaxWordLength"/> are skipped: they are not words anyone types.
/// </remarks>
public static class SearchTokeniser
{
    public const int MaxWordLength = 40;

    private const char CombiningFirst = '\u0300';
    private const char CombiningLast = '\u036F';
    private const char FoldFirst = '\u00C0';

    // U+00C0 onwards, each letter without its accent; letters with no accent stay themselves. Upper-case
    // entries are unused after lower-casing but keep the table a plain run of code points.
    private const string FoldTable =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ";

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var folded = Fold(text);
        var word = new StringBuilder();
        var i = 0;
        while (i < folded.Length)
        {
            // Rune by rune, as EnumerateRunes would give them, without a list or a string per letter.
            Rune.DecodeFromUtf16(folded.AsSpan(i), out var rune, out var length);
            var next = i + length;
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(folded, i, length);
            }
            else if (!(IsApostrophe(rune) && word.Length > 0 && next < folded.Length && IsLetterOrDigitAt(folded, next)))
            {
                Flush(word, words);
            }

            i = next;
        }

        Flush(word, words);
        return words;
    }

    /// <summary>Lower case without accents: the form every word is compared in.</summary>
    /// <remarks>
    /// Accents are taken off with a table of the Latin letters (U+00C0 to U+017F, which hold every Welsh,
    /// Irish, Scots Gaelic and western European accented letter) rather than Unicode decomposition: the
    /// build runs without ICU, and the browser uses the same table, so both sides fold alike.
    /// </remarks>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        var result = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c is >= CombiningFirst and <= CombiningLast)
            {
                continue; // An accent typed as a separate mark.
            }

            result.Append(c >= FoldFirst && c - FoldFirst < FoldTable.Length ? FoldTable[c - FoldFirst] : c);
        }

        return result.ToString();
    }

    private static bool IsLetterOrDigitAt(string text, int index)
    {
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _);
        return Rune.IsLetterOrDigit(rune);
    }

    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '\u2019' or '\u02BC';

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length is > 0 and <= MaxWordLength)
        {
            words.Add(word.ToString());
        }

        word.Clear();
    }
}
