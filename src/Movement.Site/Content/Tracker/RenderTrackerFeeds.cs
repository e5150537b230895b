using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Feeds;
using Movement.Site.Pipelines;

namespace Movement.Site.Content.Tracker;

/// <summary>
/// The feeds of position changes beside the changes page, in the site's three feed formats. A type's own feed
/// carries its items; this one carries each entry of each ask, so it is written here with the same writers.
/// </summary>
public sealed class RenderTrackerFeeds(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var asks = inputs.Select(d => d.Get(SiteKeys.Item)).OfType<TrackedAsk>().ToList();
        if (asks.Count == 0)
        {
            return Task.FromResult(inputs); // No tracker, no feeds of it.
        }

        var changes = PositionChange.Of(asks).Take(SiteFeeds.Size).ToList();
        var entries = changes.Select(c => (ContentItem)c.AsFeedItem()).ToList();
        var feed = Feed(site.Settings.Title);
        var items = new FeedItems(feed, entries, changes.Count > 0 ? changes[0].Entry.Date : UkDate.Today(context.Clock));
        return Task.FromResult(inputs.AddRange(FeedFiles.Of(items, site.Settings)));
    }

    public static SiteFeed Feed(string siteTitle) => new("position-change", TrackerChanges.Url, $"{siteTitle}: policy tracker changes", TrackerChanges.Description);
}
