namespace Movement.Core.Yaml;

/// <summary>
/// A Markdown file split into its YAML front matter and its body, with the line each starts on so
/// diagnostics can point into the original file.
/// </summary>
public sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public bool Present => Yaml is not null;

    /// <summary>
    /// Splits text that may begin with a <c>---</c> line. Line endings are normalised to '\n' first, and a
    /// byte-order mark is dropped: both are common when files come from Windows editors.
    /// </summary>
    public static FrontMatter Split(string text)
    {
        text = TextNormalizer.Normalize(text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            return new FrontMatter(null, 0, text, 1);
        }

        var start = text.IndexOf('\n') + 1;
        var line = 2;
        var position = start;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = end < 0 ? text[position..] : text[position..end];
            if (current.TrimEnd() is "---" or "...")
            {
                var yaml = text[start..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        // Opened but never closed: the caller reports it; treat everything as YAML so its errors still show.
        return new FrontMatter(null, 2, text[start..], -1);
    }

    public bool Unclosed => Yaml is null && BodyFirstLine == -1;
}
