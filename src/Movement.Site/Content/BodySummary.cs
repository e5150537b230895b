namespace Movement.Site.Content;

/// <summary>
/// The summary of an item that has none in its front matter: the body's first paragraph as plain text,
/// cut at a word boundary near <see cref="Length"/> characters, as Hugo's automatic summary does.
/// </summary>
public static class BodySummary
{
    public const int Length = 160;

    public static string From(string firstParagraph)
    {
        // The paragraph's words joined by single spaces, as far as the cut can reach: one character past the length,
        // where a space still counts as a place to cut. Nothing further is copied.
        Span<char> head = stackalloc char[Length + 1];
        var (used, space, longer) = (0, false, false);
        foreach (var c in firstParagraph)
        {
            if (char.IsWhiteSpace(c))
            {
                space = used > 0;
                continue;
            }

            if (used + (space ? 2 : 1) > head.Length)
            {
                if (space && used < head.Length)
                {
                    head[used++] = ' ';
                }

                longer = true;
                break;
            }

            if (space)
            {
                head[used++] = ' ';
                space = false;
            }

            head[used++] = c;
        }

        if (!longer && used <= Length)
        {
            return new string(head[..used]);
        }

        var cut = head[..used].LastIndexOf(' ');
        return string.Concat((cut > 0 ? head[..cut] : head[..Length]).TrimEnd(",;:."), "…");
    }
}
