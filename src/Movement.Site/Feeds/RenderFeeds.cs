using System.Collections.Immutable;
using Movement.Core.Caching;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Pipelines;

namespace Movement.Site.Feeds;

/// <summary>Writes each feed, in each of the site's languages, in RSS 2.0, Atom 1.0 and JSON Feed 1.1 beside its section's listing.</summary>
/// <remarks>
/// A feed is made from its items and the settings alone, so the preview's session keeps each feed's files and
/// writes again only the feeds whose items changed: an edited brief rewrites the briefs' feeds, not the news'.
/// </remarks>
public sealed class RenderFeeds(SiteContext site, IReadOnlyList<string> sources) : IModule
{
    private readonly Memo<Fingerprint, Document[]> _files = site.Caches.Named<Document[]>("feeds");

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var published = sources.SelectMany(name => context.OutputsOf(name)).Select(d => d.Get(SiteKeys.Item)).OfType<Content.ContentItem>().ToList();
        var files = SiteFeeds.InEveryLanguage(site.Settings, site.Types)
            .Select(feed => FeedItems.From(feed, published, today, site.Types.Named(feed.Kind)?.Feed?.Entries))
            .SelectMany(items => site.Caches.Reuse(_files, () => FeedFiles.Of(items, site.Settings).ToArray(), items, site.Settings));
        return Task.FromResult(inputs.AddRange(files));
    }
}
