using Movement.Core.Caching;
using Movement.Core.Documents;
using Movement.Site.Feeds;

namespace Movement.Site.Caching;

/// <summary>
/// Keeps each feed's files for the session, keyed by its items, and writes again only the feeds whose items
/// changed: an edited brief rewrites the briefs' feeds, not the news'.
/// </summary>
public sealed class CachingFeedWriter(IFeedWriter writer, SiteCaches caches) : IFeedWriter
{
    private readonly Memo<Fingerprint, IReadOnlyList<Document>> _files = caches.Named<IReadOnlyList<Document>>("feeds");

    public IReadOnlyList<Document> Write(FeedItems items) => caches.Reuse(_files, () => writer.Write(items), items);
}
