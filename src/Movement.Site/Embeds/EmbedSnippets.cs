using System.Net;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Settings;

namespace Movement.Site.Embeds;

/// <summary>
/// The HTML partners paste into their own sites, shown on a resource's page and given in its oEmbed
/// answer: an iframe of the embed page, and for pictures a badge (the picture linking to the resource's
/// page). Both use absolute addresses, run no script and set no cookies. Every value is HTML-encoded,
/// since a title or alt text could hold anything.
/// </summary>
public static class EmbedSnippets
{
    public static string IFrame(PartnerResource resource, SiteSettings settings)
    {
        var embed = new EmbedView(resource, null);
        var src = Encode(settings.AbsoluteUrl(EmbedUrls.PageOf(resource.Url)));
        var title = Encode($"{resource.Title}, from {settings.Title}");
        // allow-popups lets its links open our site in a new tab; max-width lets it shrink on a phone.
        return $"<iframe src=\"{src}\" title=\"{title}\" width=\"{embed.Width}\" height=\"{embed.Height}\" " +
               "style=\"max-width:100%;border:0\" sandbox=\"allow-popups allow-popups-to-escape-sandbox\" " +
               "loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";
    }

    /// <summary>The badge for a picture; null for other resources.</summary>
    public static string? Badge(PartnerResource resource, SiteSettings settings)
    {
        if (!resource.IsImage)
        {
            return null;
        }

        var href = Encode(settings.AbsoluteUrl(resource.Url));
        var image = Encode(settings.AbsoluteUrl(resource.File.Url));
        var size = resource.Size is { } s ? $" width=\"{s.Width}\" height=\"{s.Height}\"" : "";
        return $"<a href=\"{href}\"><img src=\"{image}\" alt=\"{Encode(resource.Alt)}\"{size}></a>";
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
