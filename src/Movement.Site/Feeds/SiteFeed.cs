namespace Movement.Site.Feeds;

/// <summary>A feed of one section of the site (news, briefs), published in three formats beside its listing.</summary>
public sealed record SiteFeed(string Kind, string Section, string Title, string Description)
{
    /// <summary>Whether every page links it in its head, not only its own section's pages.</summary>
    public bool OnEveryPage { get; init; }

    /// <summary>The language of its items: a feed carries items in one language only (SiteFeeds.In).</summary>
    public string Lang { get; init; } = Languages.Language.English;

    /// <summary>The page the feed stands for; its section's listing unless that has no version in the feed's language.</summary>
    public string? Home { get; init; }

    public string HomeUrl => Home ?? Section;

    public string RssUrl => Section + "feed.xml";

    public string AtomUrl => Section + "atom.xml";

    public string JsonUrl => Section + "feed.json";

    /// <summary>The feed's language tag: site.yml's 'language' (en-GB) for English, the language's code otherwise.</summary>
    public string LanguageTag(Settings.SiteSettings settings) => Lang == Languages.Language.English ? settings.Language : Lang;

    public IReadOnlyList<FeedLink> Links() =>
    [
        new($"{Title} (RSS)", "rss", "application/rss+xml", RssUrl),
        new($"{Title} (Atom)", "atom", "application/atom+xml", AtomUrl),
        new($"{Title} (JSON Feed)", "json", "application/feed+json", JsonUrl),
    ];
}
