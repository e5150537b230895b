using Movement.Site.Content;

namespace Movement.Site.Feeds;

/// <summary>A feed's items, newest first, and the date the feed last changed.</summary>
public sealed record FeedItems(SiteFeed Feed, IReadOnlyList<ContentItem> Items, DateOnly Updated)
{
    /// <param name="entries">How the feed's type makes its entries from its items, when they are not the items themselves.</param>
    public static FeedItems From(SiteFeed feed, IEnumerable<ContentItem> published, DateOnly today, Func<IEnumerable<ContentItem>, IEnumerable<ContentItem>>? entries = null)
    {
        // A feed is in one language: a translation is the same news again, for the readers of the other feed.
        var own = published.Where(i => i.Kind == feed.Kind && i.Lang == feed.Lang);
        var items = (entries?.Invoke(own) ?? own)
            .OrderByDescending(i => i.Date ?? DateOnly.MinValue).ThenBy(i => i.Url, StringComparer.Ordinal)
            .Take(SiteFeeds.Size).ToList();
        // A feed with items changed when its newest item did; an empty one takes the build's date.
        var updated = items.Count > 0 ? items.Max(LastChanged) : today;
        return new FeedItems(feed, items, updated);
    }

    public static DateOnly LastChanged(ContentItem item) => item.Updated ?? item.Date ?? DateOnly.MinValue;
}
