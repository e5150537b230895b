using System.Buffers;
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
        EachWord(text, word => words.Add(word.ToString()));
        return words;
    }

    /// <summary>
    /// Gives each word of <paramref name="text"/>, as <see cref="Words"/> cuts them, without making a string of it:
    /// the index reads every word of every page, and most are words it has seen before.
    /// </summary>
    public static void EachWord(string text, Action<ReadOnlySpan<char>> word)
    {
        // Folded into a buffer of the stack or the pool rather than a new string: every field of every page passes here.
        char[]? rented = null;
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var folded = buffer[..FoldInto(text, buffer)];
            EachWordOf(folded, word);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static void EachWordOf(ReadOnlySpan<char> folded, Action<ReadOnlySpan<char>> word)
    {
        Span<char> current = stackalloc char[MaxWordLength + 2];
        var length = 0;
        var i = 0;
        while (i < folded.Length)
        {
            // Rune by rune, as EnumerateRunes would give them, without a list or a string per letter.
            Rune.DecodeFromUtf16(folded[i..], out var rune, out var runeLength);
            var next = i + runeLength;
            if (Rune.IsLetterOrDigit(rune))
            {
                if (length + runeLength <= MaxWordLength)
                {
                    folded.Slice(i, runeLength).CopyTo(current[length..]);
                }

                length += runeLength; // Counted on past the limit, so an over-long word is dropped whole.
            }
            else if (!(IsApostrophe(rune) && length > 0 && next < folded.Length && IsLetterOrDigitAt(folded, next)))
            {
                Flush(current, ref length, word);
            }

            i = next;
        }

        Flush(current, ref length, word);
    }

    /// <summary>
    /// Writes <paramref name="text"/> lower-cased and without accents, the form every word is compared in, into
    /// <paramref name="destination"/> (as long as the text), and returns its length.
    /// </summary>
    /// <remarks>
    /// Accents are taken off with a table of the Latin letters (U+00C0 to U+017F, which hold every Welsh,
    /// Irish, Scots Gaelic and western European accented letter) rather than Unicode decomposition: the
    /// build runs without ICU, and the browser uses the same table, so both sides fold alike.
    /// </remarks>
    private static int FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        text.ToLowerInvariant(destination);
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = destination[i];
            if (c is >= CombiningFirst and <= CombiningLast)
            {
                continue; // An accent typed as a separate mark.
            }

            destination[length++] = c >= FoldFirst && c - FoldFirst < FoldTable.Length ? FoldTable[c - FoldFirst] : c;
        }

        return length;
    }

    private static bool IsLetterOrDigitAt(ReadOnlySpan<char> text, int index)
    {
        Rune.DecodeFromUtf16(text[index..], out var rune, out _);
        return Rune.IsLetterOrDigit(rune);
    }

    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '\u2019' or '\u02BC';

    private static void Flush(Span<char> current, ref int length, Action<ReadOnlySpan<char>> word)
    {
        if (length is > 0 and <= MaxWordLength)
        {
            word(current[..length]);
        }

        length = 0;
    }
}
