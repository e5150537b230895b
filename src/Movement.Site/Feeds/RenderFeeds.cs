using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Pipelines;

namespace Movement.Site.Feeds;

/// <summary>Writes each feed, in each of the site's languages, in RSS 2.0, Atom 1.0 and JSON Feed 1.1 beside its section's listing.</summary>
/// <param name="writer">Makes each feed's files; the preview passes one that keeps the feeds whose items did not change.</param>
public sealed class RenderFeeds(SiteContext site, IReadOnlyList<string> sources, IFeedWriter writer) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var published = sources.SelectMany(name => context.OutputsOf(name)).Select(d => d.Get(SiteKeys.Item)).OfType<Content.ContentItem>().ToList();
        var files = SiteFeeds.InEveryLanguage(site.Settings, site.Types)
            .Select(feed => FeedItems.From(feed, published, today, site.Types.Named(feed.Kind)?.Feed?.Entries))
            .SelectMany(writer.Write);
        return Task.FromResult(inputs.AddRange(files));
    }
}
