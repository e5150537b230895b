using System.Net;

namespace Movement.Site.Rendering;

/// <summary>A &lt;link rel="alternate"&gt; in a page's head: a feed, or the page's oEmbed answer.</summary>
public sealed record AlternateLink(string MediaType, string Href, string Title)
{
    /// <summary>
    /// The element written whole, since Razor would encode the '+' of "application/json+oembed" and
    /// WordPress's discovery searches the raw HTML for that literal text. Every value is HTML-encoded,
    /// which leaves '+' as it is.
    /// </summary>
    public string ToHtml() =>
        $"<link rel=\"alternate\" type=\"{WebUtility.HtmlEncode(MediaType)}\" href=\"{WebUtility.HtmlEncode(Href)}\" title=\"{WebUtility.HtmlEncode(Title)}\">";
}
