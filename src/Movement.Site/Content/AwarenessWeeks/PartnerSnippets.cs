using System.Net;
using Movement.Site.Settings;

namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>
/// The HTML partners paste into their own sites to show a resource: a badge (the image linking to the
/// resource's page; image resources only) and a widget (an iframe of the resource's embed page). Both
/// use absolute addresses, run no script and set no cookies. Every value is HTML-escaped, since a
/// title or alt text could hold anything.
/// </summary>
public sealed record PartnerSnippets(string? Badge, string Widget)
{
    public static PartnerSnippets For(PartnerResource resource, SiteSettings site)
    {
        string Encode(string text) => WebUtility.HtmlEncode(text);
        var page = site.AbsoluteUrl(resource.Url);
        var size = resource.Size is { } s ? $" width=\"{s.Width}\" height=\"{s.Height}\"" : "";
        var badge = resource.IsImage
            ? $"<a href=\"{Encode(page)}\"><img src=\"{Encode(site.AbsoluteUrl(resource.File.Url))}\" alt=\"{Encode(resource.Alt)}\"{size}></a>"
            : null;
        var widget = $"<iframe src=\"{Encode(site.AbsoluteUrl(EmbedUrl(resource)))}\" title=\"{Encode($"{resource.Title} ({site.Title})")}\" loading=\"lazy\" "
            + "style=\"display:block;width:100%;max-width:480px;height:400px;border:0\"></iframe>";
        return new PartnerSnippets(badge, widget);
    }

    /// <summary>The resource's page made for framing: the same path under /embed.</summary>
    public static string EmbedUrl(PartnerResource resource) => "/embed" + resource.Url;
}
