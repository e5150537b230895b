using Movement.Site.Content;
using Movement.Site.Settings;

namespace Movement.Site.Feeds;

/// <summary>The site's feeds: one for each content type that has one, beside its section's listing.</summary>
public static class SiteFeeds
{
    /// <summary>How many of the newest items a feed carries; readers only poll for what is new.</summary>
    public const int Size = 50;

    public static IReadOnlyList<SiteFeed> For(SiteSettings settings, ContentTypes types) =>
    [
        .. types.All
            .Where(t => t.Feed is not null && t.Section is not null)
            .OrderBy(t => t.Feed!.Position)
            .Select(t => new SiteFeed(t.Name, t.Feed!.Url ?? t.Section!.Url, $"{settings.Title}: {t.Feed.Title}", t.Feed.Description)
            {
                OnEveryPage = t.Feed.OnEveryPage,
                LinkedUnder = t.Section!.Url,
            }),
    ];
}
