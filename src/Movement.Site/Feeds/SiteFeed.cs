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
