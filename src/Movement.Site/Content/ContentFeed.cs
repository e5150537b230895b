namespace Movement.Site.Content;

/// <summary>
/// How a type is syndicated: a feed of its newest items beside its section's listing.
/// </summary>
/// <param name="Position">Where its feed comes among the site's (the head's links, the API's list).</param>
/// <param name="Title">The feed's name after the site's, e.g. "news" in "First 1001 Days: news".</param>
/// <param name="OnEveryPage">Whether every page links it in its head, not only its own section's pages.</param>
public sealed record ContentFeed(int Position, string Title, string Description, bool OnEveryPage = false)
{
    /// <summary>Where the feed's files go when not beside the section's listing (the tracker's beside its changes page).</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The feed's entries made from the type's published items, when they are not the items themselves: the
    /// tracker's feed carries each dated change of each ask. The feed sorts them newest first.
    /// </summary>
    public Func<IEnumerable<ContentItem>, IEnumerable<ContentItem>>? Entries { get; init; }
}
