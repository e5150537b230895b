using Movement.Site.Content;
using Movement.Site.Languages;
using Movement.Site.Settings;

namespace Movement.Site.Feeds;

/// <summary>
/// The site's feeds: one for each content type that has one, beside its section's listing, in each of the site's
/// languages. A language's feed carries only that language's items, so a reader who subscribes in Welsh gets Welsh and
/// an English reader is not sent the same news twice. Every language has every feed, empty or not, so a subscription
/// made today keeps its address when the first translation of that kind is published.
/// </summary>
public static class SiteFeeds
{
    /// <summary>How many of the newest items a feed carries; readers only poll for what is new.</summary>
    public const int Size = 50;

    /// <summary>The English feeds.</summary>
    public static IReadOnlyList<SiteFeed> For(SiteSettings settings, ContentTypes types) =>
    [
        .. types.All
            .Where(t => t.Feed is not null && t.Section is not null)
            .OrderBy(t => t.Feed!.Position)
            .Select(t => new SiteFeed(t.Name, t.Feed!.Url ?? t.Section!.Url, $"{settings.Title}: {t.Feed.Title}", t.Feed.Description)
            {
                OnEveryPage = t.Feed.OnEveryPage,
                LinkedUnder = t.Section!.Url,
            }),
    ];

    /// <summary>Every feed in every language the site publishes, English first.</summary>
    public static IReadOnlyList<SiteFeed> InEveryLanguage(SiteSettings settings, ContentTypes types)
    {
        var english = For(settings, types);
        return [.. english, .. settings.Languages.Where(l => l != Language.English).SelectMany(lang => english.Select(f => In(lang, f, settings)))];
    }

    /// <summary>
    /// An English feed's version in another language: under the language's prefix ("/cy/briefs/feed.xml"), named with
    /// the site's name and the section's in that language, and standing for the section's listing in that language
    /// when there is one, the language's home page otherwise.
    /// </summary>
    public static SiteFeed In(string lang, SiteFeed english, SiteSettings settings)
    {
        if (lang == Language.English)
        {
            return english;
        }

        var text = InterfaceStrings.Embedded.For(lang);
        var name = text.Section(english.Section) ?? text.Kind(english.Kind) ?? english.Kind;
        return english with
        {
            Lang = lang,
            Section = Language.UrlIn(lang, english.Section),
            LinkedUnder = Language.UrlIn(lang, english.LinkedUnder),
            Home = Language.UrlIn(lang, text.HasListing(english.Section) ? english.Section : "/"),
            Title = $"{settings.TitleIn(lang)}: {name}",
            Description = text.Fill("feed_description", name),
        };
    }
}
