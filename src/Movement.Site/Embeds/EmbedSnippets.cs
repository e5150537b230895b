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
    public static string IFrame(PartnerResource resource, SiteSettings settings, AwarenessWeek? week = null)
    {
        var embed = new EmbedView(resource, week, settings.Title);
        var src = Encode(settings.AbsoluteUrl(EmbedUrls.PageOf(resource.Url)));
        var title = Encode($"{resource.Title}, from {settings.Title}");
        // No style attribute: a partner's Content-Security-Policy may refuse inline styles. frameborder is the
        // one border control that needs no CSS, and one of the attributes WordPress keeps. allow-popups lets
        // its links open our site in a new tab; allow-scripts lets the frame post its height (embed-height.js),
        // and without allow-same-origin the frame is an opaque origin that can reach no cookie or storage.
        return $"<iframe src=\"{src}\" title=\"{title}\" width=\"{embed.Width}\" height=\"{embed.Height}\" frameborder=\"0\" " +
               $"sandbox=\"{Sandbox}\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";
    }

    /// <summary>What the widget's frame may do: open our site in a new tab, and run our one script.</summary>
    public const string Sandbox = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

    /// <summary>
    /// The optional line a partner adds once to a page with widgets, so each frame fits its card exactly:
    /// our script at a fixed address (<see cref="EmbedUrls.FitScript"/>), which only sets frames' height attributes.
    /// </summary>
    public static string FitScript(SiteSettings settings) =>
        $"<script src=\"{Encode(settings.AbsoluteUrl(EmbedUrls.FitScript))}\" defer></script>";

    /// <summary>
    /// The badge for a picture; null for other resources. The image has no width attribute, which would fix
    /// its size whatever the column: its one srcset candidate and sizes make it as wide as the window allows
    /// (less room for the page's margins) up to its natural width, keeping its proportions, with no CSS.
    /// </summary>
    public static string? Badge(PartnerResource resource, SiteSettings settings)
    {
        if (!resource.IsImage)
        {
            return null;
        }

        var href = Encode(settings.AbsoluteUrl(resource.Url));
        var image = Encode(settings.AbsoluteUrl(resource.File.Url));
        var responsive = resource.Size is { Width: > 0 } s
            ? $" srcset=\"{image} {s.Width}w\" sizes=\"(max-width: {s.Width + Margins}px) calc(100vw - {Margins}px), {s.Width}px\""
            : "";
        return $"<a href=\"{href}\"><img src=\"{image}\"{responsive} alt=\"{Encode(resource.Alt)}\"></a>";
    }

    /// <summary>Room left for a partner page's margins and a scroll bar, in CSS pixels.</summary>
    private const int Margins = 40;

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
