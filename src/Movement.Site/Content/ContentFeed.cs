namespace Movement.Site.Content;

/// <summary>
/// How a type is syndicated: a feed of its newest items beside its section's listing.
/// </summary>
/// <param name="Position">Where its feed comes among the site's (the head's links, the API's list).</param>
/// <param name="Title">The feed's name after the site's, e.g. "news" in "First 1001 Days: news".</param>
/// <param name="OnEveryPage">Whether every page links it in its head, not only its own section's pages.</param>
public sealed record ContentFeed(int Position, string Title, string Description, bool OnEveryPage = false);
