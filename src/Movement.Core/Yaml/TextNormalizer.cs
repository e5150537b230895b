namespace Movement.Core.Yaml;

/// <summary>Drops a byte-order mark and turns CRLF and lone CR line endings into '\n'.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
