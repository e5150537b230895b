namespace Movement.Core.Html;

/// <summary>
/// Which addresses content may use: links to http, https, mailto and tel addresses or to a place on the site,
/// and pictures only from the site itself (a picture from another site is a tracking beacon).
/// </summary>
public static class ContentUrls
{
    /// <summary>The schemes a link in content may use; an address without a scheme is relative to the site.</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["http", "https", "mailto", "tel"];

    /// <summary>The scheme a browser would see in this address, in lowercase, or null for a relative address.</summary>
    public static string? SchemeOf(string url)
    {
        var normal = Normalise(url);
        for (var i = 0; i < normal.Length; i++)
        {
            var c = normal[i];
            if (c == ':')
            {
                return i > 0 ? normal[..i].ToLowerInvariant() : null;
            }

            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a link may point here: a relative address, or one of the <see cref="Schemes"/>.</summary>
    public static bool IsAllowedLink(string url) => SchemeOf(url) is not { } scheme || Schemes.Contains(scheme);

    /// <summary>Whether a picture at this address comes from the site itself: site-relative, or under the site's own address.</summary>
    /// <param name="siteUrl">The site's base URL (https://example.org), or empty when it is not known.</param>
    public static bool IsSiteImage(string url, string siteUrl)
    {
        var normal = Normalise(url).Replace('\\', '/');
        if (SchemeOf(url) is null)
        {
            return !normal.StartsWith("//", StringComparison.Ordinal); // "//host/x" is another site's.
        }

        var own = siteUrl.TrimEnd('/');
        return own.Length > 0 && SchemeOf(own) is ("http" or "https") && normal.StartsWith(own + "/", StringComparison.OrdinalIgnoreCase);
    }

    // What a browser does before reading a URL: leading and trailing spaces and control characters go,
    // and so does every tab and line break inside it ("java\tscript:").
    private static string Normalise(string url)
    {
        var trimmed = url.AsSpan().Trim("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u0020");
        return trimmed.ContainsAny('\t', '\n', '\r') ? trimmed.ToString().Replace("\t", "").Replace("\n", "").Replace("\r", "") : trimmed.ToString();
    }
}
