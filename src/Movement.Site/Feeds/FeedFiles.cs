using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Site.Settings;

namespace Movement.Site.Feeds;

/// <summary>A feed written in each of the site's formats (RSS 2.0, Atom 1.0, JSON Feed 1.1) at its addresses.</summary>
public static class FeedFiles
{
    public static IEnumerable<Document> Of(FeedItems items, SiteSettings settings) =>
    [
        new Document { Destination = SitePath.OutputFileForUrl(items.Feed.RssUrl), Bytes = RssFormat.Feed(items, settings) },
        new Document { Destination = SitePath.OutputFileForUrl(items.Feed.AtomUrl), Bytes = AtomFormat.Feed(items, settings) },
        new Document { Destination = SitePath.OutputFileForUrl(items.Feed.JsonUrl), Text = JsonFeedFormat.Feed(items, settings) },
    ];
}
