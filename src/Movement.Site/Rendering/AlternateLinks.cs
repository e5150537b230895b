using Movement.Site.Embeds;
using Movement.Site.Feeds;

namespace Movement.Site.Rendering;

/// <summary>
/// The discovery links of a page: every page offers the news feeds in its language, a section (briefs, the
/// tracker) also its own
/// feeds, and a resource page its oEmbed answer, so partners' tools find them from the page alone.
/// </summary>
public static class AlternateLinks
{
    public static IReadOnlyList<AlternateLink> For(PageContext page)
    {
        var links = new List<AlternateLink>();
        // A page links the feeds in its own language: a Welsh page the Welsh feeds, never the English ones.
        var feeds = page.Catalogue.Feeds.Select(f => SiteFeeds.In(page.Lang, f, page.Site));
        foreach (var feed in feeds.Where(f => f.OnEveryPage || page.Url.StartsWith(f.LinkedUnder, StringComparison.Ordinal)))
        {
            links.AddRange(feed.Links().Select(l => new AlternateLink(l.MediaType, page.Site.AbsoluteUrl(l.Url), l.Title)));
        }

        if (EmbedUrls.IsResourcePage(page.Url))
        {
            links.Add(new AlternateLink("application/json+oembed", page.Site.AbsoluteUrl(EmbedUrls.OEmbedOf(page.Url)), page.Title));
        }

        return links;
    }
}
