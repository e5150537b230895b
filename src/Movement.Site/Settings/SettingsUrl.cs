namespace Movement.Site.Settings;

/// <summary>
/// The kinds of address site.yml may give, by allow-list: a page of this site ("/briefs/"), or a full
/// http(s), mailto: or tel: address. Anything else ("javascript:", "data:", "//elsewhere", "briefs/")
/// would be on every page, so it is refused rather than cleaned.
/// </summary>
public static class SettingsUrl
{
    private static readonly string[] Schemes = ["https://", "http://", "mailto:", "tel:"];

    public static bool IsSiteRelative(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>Why the address is not allowed, or null when it is.</summary>
    public static string? Problem(string url)
    {
        // Browsers skip or rewrite these inside a scheme ("java\tscript:") and read "\" as "/" ("/\evil.example").
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
        {
            return "it contains spaces, backslashes or invisible characters, which browsers read in surprising ways";
        }

        if (IsSiteRelative(url))
        {
            return null;
        }

        var scheme = Schemes.FirstOrDefault(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        if (scheme is null)
        {
            return url.StartsWith("//", StringComparison.Ordinal) ? "an address starting with // leads to another site without saying how"
                : url.Contains(':', StringComparison.Ordinal) ? $"a '{url[..url.IndexOf(':', StringComparison.Ordinal)]}:' address could run code or download something on every page"
                : "it does not start with /, so it would lead somewhere different from every page";
        }

        var rest = url[scheme.Length..];
        return scheme.EndsWith("//", StringComparison.Ordinal) && !Uri.TryCreate(url, UriKind.Absolute, out _) ? "it is not a complete web address"
            : rest.Length == 0 ? "the address is empty after the scheme"
            : null;
    }
}
