namespace Movement.Site.Feeds;

/// <summary>
/// A feed of one section of the site (news, briefs), published in three formats beside its listing. Part of every
/// page's model (the head links it), so it holds data only: how its type makes its entries stays with the type.
/// </summary>
/// <param name="Section">Where the feed's files are.</param>
public sealed record SiteFeed(string Kind, string Section, string Title, string Description)
{
    /// <summary>Whether every page links it in its head, not only its own section's pages.</summary>
    public bool OnEveryPage { get; init; }

    /// <summary>The pages under this address link the feed in their heads: by default those beside it.</summary>
    public string LinkedUnder { get => field ?? Section; init; }

    public string RssUrl => Section + "feed.xml";

    public string AtomUrl => Section + "atom.xml";

    public string JsonUrl => Section + "feed.json";

    public IReadOnlyList<FeedLink> Links() =>
    [
        new($"{Title} (RSS)", "rss", "application/rss+xml", RssUrl),
        new($"{Title} (Atom)", "atom", "application/atom+xml", AtomUrl),
        new($"{Title} (JSON Feed)", "json", "application/feed+json", JsonUrl),
    ];
}
