using System.Buffers;
using System.Text;

namespace Movement.Core.Text;

/// <summary>
/// C0 controls other than tab and the line ends, DEL and the C1 controls. Web pages and feeds cannot hold them (an
/// HTML parser reports each, and a feed with one does not load), nobody types them on purpose, and they arrive by
/// pasting: Word's manual line break as U+000B, and C1 controls from text that went through Windows-1252 twice.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Set = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => c is < '\u0020' and not ('\t' or '\n' or '\r') or >= '\u007F')]);

    /// <summary>Where the first one is, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> text) => text.IndexOfAny(Set);

    /// <summary>The text without them, and how many there were.</summary>
    public static (string Text, int Removed) Without(string text)
    {
        if (IndexIn(text) < 0)
        {
            return (text, 0);
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Set.Contains(c))
            {
                kept.Append(c);
            }
        }

        return (kept.ToString(), text.Length - kept.Length);
    }
}
