using Movement.Site.Content;

namespace Movement.Site.Feeds;

/// <summary>A feed's items, newest first, and the date the feed last changed.</summary>
public sealed record FeedItems(SiteFeed Feed, IReadOnlyList<ContentItem> Items, DateOnly Updated)
{
    public static FeedItems From(SiteFeed feed, IEnumerable<ContentItem> published, DateOnly today)
    {
        // A feed is in one language: a translation is the same news again, for the readers of the other feed.
        var items = published.Where(i => i.Kind == feed.Kind && i.Lang == feed.Lang)
            .OrderByDescending(i => i.Date ?? DateOnly.MinValue).ThenBy(i => i.Url, StringComparer.Ordinal)
            .Take(SiteFeeds.Size).ToList();
        // A feed with items changed when its newest item did; an empty one takes the build's date.
        var updated = items.Count > 0 ? items.Max(LastChanged) : today;
        return new FeedItems(feed, items, updated);
    }

    public static DateOnly LastChanged(ContentItem item) => item.Updated ?? item.Date ?? DateOnly.MinValue;
}
