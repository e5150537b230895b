using System.Globalization;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Movement.Site.SocialCards;

/// <summary>
/// Breaks text into lines no wider than a width, measured on the shaped text (kerning and ligatures
/// included): at spaces, or inside a word too long for a line of its own. Text that needs more lines than
/// allowed ends in an ellipsis on the last one.
/// </summary>
public static class TextLines
{
    private const string Ellipsis = "…";

    /// <summary>The lines, and whether the text fitted whole.</summary>
    public static (IReadOnlyList<string> Lines, bool Fits) Wrap(string text, SKShaper shaper, SKFont font, float width, int maxLines)
    {
        float Measure(string s) => shaper.Shape(s, font).Width;
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Measure(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (Measure(line) > width && TextElements(line).Count > 1)
            {
                var (head, tail) = SplitToFit(line, width, Measure);
                lines.Add(head);
                line = tail;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count <= maxLines)
        {
            return (lines, true);
        }

        var kept = lines.Take(maxLines).ToList();
        kept[^1] = WithEllipsis(kept[^1], width, Measure);
        return (kept, false);
    }

    /// <summary>The longest start of a word that fits, by whole characters as the reader sees them.</summary>
    private static (string Head, string Tail) SplitToFit(string word, float width, Func<string, float> measure)
    {
        var elements = TextElements(word);
        var count = elements.Count - 1;
        while (count > 1 && measure(string.Concat(elements.Take(count))) > width)
        {
            count--;
        }

        return (string.Concat(elements.Take(count)), string.Concat(elements.Skip(count)));
    }

    /// <summary>The line cut after its last whole word that leaves room for the ellipsis, or inside a word if none does.</summary>
    private static string WithEllipsis(string line, float width, Func<string, float> measure)
    {
        var words = line.Split(' ');
        for (var count = words.Length; count > 1; count--)
        {
            var candidate = Trimmed(string.Join(' ', words.Take(count))) + Ellipsis;
            if (measure(candidate) <= width && (count == words.Length || count * 2 > words.Length))
            {
                return candidate;
            }
        }

        var elements = TextElements(line);
        for (var count = elements.Count; count > 0; count--)
        {
            var candidate = Trimmed(string.Concat(elements.Take(count))) + Ellipsis;
            if (measure(candidate) <= width)
            {
                return candidate;
            }
        }

        return Ellipsis;
    }

    private static string Trimmed(string text) => text.TrimEnd(' ', ',', ';', ':', '.', '–', '-');

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
