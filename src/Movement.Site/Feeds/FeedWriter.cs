using Movement.Core.Documents;
using Movement.Site.Settings;

namespace Movement.Site.Feeds;

/// <summary>Writes every feed's files afresh.</summary>
public sealed class FeedWriter(SiteSettings settings) : IFeedWriter
{
    public IReadOnlyList<Document> Write(FeedItems items) => [.. FeedFiles.Of(items, settings)];
}
