using System.Net;
using Movement.Site.Settings;

namespace Movement.Site.Embeds;

/// <summary>
/// The HTML partners paste: an iframe of the embed page, or a plain linked image (the badge) with no
/// script at all. Every value is HTML-encoded.
/// </summary>
public static class EmbedSnippets
{
    public static string IFrame(EmbedView embed, SiteSettings settings)
    {
        var src = Encode(settings.AbsoluteUrl(EmbedUrls.PageOf(embed.Resource.Url)));
        var title = Encode($"{embed.Resource.Title}, from {settings.Title}");
        // allow-popups lets its links open our site in a new tab; the page runs no script and sets no cookie.
        return $"<iframe src=\"{src}\" title=\"{title}\" width=\"{embed.Width}\" height=\"{embed.Height}\" " +
               "sandbox=\"allow-popups allow-popups-to-escape-sandbox\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";
    }

    public static string Badge(EmbedView embed, SiteSettings settings)
    {
        var resource = embed.Resource;
        var href = Encode(settings.AbsoluteUrl(resource.Url));
        var image = Encode(settings.AbsoluteUrl(resource.File.Url));
        var alt = Encode($"{resource.Alt} ({settings.Title})");
        return $"<a href=\"{href}\" target=\"_blank\" rel=\"noopener\"><img src=\"{image}\" alt=\"{alt}\" width=\"200\"></a>";
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
