namespace Movement.Site.Feeds;

/// <summary>A feed of one section of the site (news, briefs), published in three formats beside its listing.</summary>
public sealed record SiteFeed(string Kind, string Section, string Title, string Description)
{
    /// <summary>Whether every page links it in its head, not only its own section's pages.</summary>
    public bool OnEveryPage { get; init; }

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
