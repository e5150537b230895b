using Movement.Site.Settings;

namespace Movement.Site.Feeds;

/// <summary>The site's feeds: news and policy briefs.</summary>
public static class SiteFeeds
{
    /// <summary>How many of the newest items a feed carries; readers only poll for what is new.</summary>
    public const int Size = 50;

    public static IReadOnlyList<SiteFeed> For(SiteSettings settings) =>
    [
        new("news", "/news/", $"{settings.Title}: news", "News from the movement and its members."),
        new("brief", "/briefs/", $"{settings.Title}: policy briefs", "What we ask decision makers to do for babies, and why."),
    ];
}
