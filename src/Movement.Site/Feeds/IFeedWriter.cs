using Movement.Core.Documents;

namespace Movement.Site.Feeds;

/// <summary>
/// Turns one feed's items into its files (RSS, Atom, JSON Feed). A feed is made from its items and the session's
/// settings alone, so a session can keep the files of a feed whose items did not change
/// (see <c>Caching.CachingFeedWriter</c>) while <see cref="RenderFeeds"/> stays input to output.
/// </summary>
public interface IFeedWriter
{
    IReadOnlyList<Document> Write(FeedItems items);
}
