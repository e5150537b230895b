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
        var text = string.Join(' ', firstParagraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= Length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Length);
        return (cut > 0 ? text[..cut] : text[..Length]).TrimEnd(',', ';', ':', '.') + "…";
    }
}
