namespace Movement.Core.Markdown.Extensions.SafeHtml;

/// <summary>
/// Recognises web addresses that run code when followed: <c>javascript:</c>, <c>vbscript:</c>, and
/// <c>data:</c> except for images shown with <c>&lt;img src&gt;</c>.
/// </summary>
public static class UnsafeUrls
{
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:"];

    /// <summary>Whether a URL (entities already decoded) would run code or load a document we cannot vet.</summary>
    /// <param name="isImageSource">True for an image's <c>src</c>, where a <c>data:image/</c> picture is harmless.</param>
    public static bool IsUnsafe(string url, bool isImageSource = false)
    {
        var scheme = Normalise(url);
        if (ScriptSchemes.Any(s => scheme.StartsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }

        return scheme.StartsWith("data:", StringComparison.Ordinal) && !(isImageSource && scheme.StartsWith("data:image/", StringComparison.Ordinal));
    }

    /// <summary>Whether a value of any attribute names a script scheme (for attributes that are not URLs, such as SVG's 'to').</summary>
    public static bool NamesScript(string value)
    {
        var scheme = Normalise(value);
        return ScriptSchemes.Any(s => scheme.StartsWith(s, StringComparison.Ordinal));
    }

    // Browsers ignore leading spaces and control characters and any tab or newline inside the scheme
    // ("java\tscript:"), so we drop them too before comparing.
    private static string Normalise(string url)
    {
        var kept = new System.Text.StringBuilder(Math.Min(url.Length, 32));
        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007f')
            {
                continue;
            }

            kept.Append(char.ToLowerInvariant(c));
            if (kept.Length >= 16)
            {
                break;
            }
        }

        return kept.ToString();
    }
}
