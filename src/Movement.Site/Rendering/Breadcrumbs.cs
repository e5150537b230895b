using Movement.Site.Content;

namespace Movement.Site.Rendering;

/// <summary>The trail from the home page to a page: each content type's section, and the taxonomies.</summary>
public static class Breadcrumbs
{
    private static readonly Dictionary<string, ContentSection> Taxonomies = new(StringComparer.Ordinal)
    {
        ["/topics/"] = new("/topics/", "Topics"),
        ["/nations/"] = new("/nations/", "Nations"),
    };

    public static IReadOnlyList<Crumb> For(ContentTypes types, string url, string title)
    {
        var lang = Languages.Language.OfUrl(url);
        if (lang != Languages.Language.English)
        {
            // A translation's trail is its English page's, in its language's words and starting from its home page.
            // A section with no listing in the language is left out: its crumb would lead to a page in another language.
            var text = Languages.InterfaceStrings.Embedded.For(lang);
            var english = For(types, Languages.Language.EnglishUrlOf(url), title);
            return english.Count == 0 ? [] :
            [
                new(text["home"], Languages.Language.UrlIn(lang, "/")),
                .. english.Skip(1).SkipLast(1).Where(c => text.HasListing(c.Url)).Select(c => new Crumb(text.Section(c.Url) ?? c.Title, Languages.Language.UrlIn(lang, c.Url))),
                new(title, url),
            ];
        }

        if (url == "/")
        {
            return [];
        }

        var crumbs = new List<Crumb> { new("Home", "/") };
        var segments = url.Trim('/').Split('/');
        ContentSection? previous = null;
        for (var i = 1; i < segments.Length; i++)
        {
            var prefix = "/" + string.Join('/', segments.Take(i)) + "/";
            if (types.Sections.TryGetValue(prefix, out var section) || Taxonomies.TryGetValue(prefix, out section))
            {
                crumbs.Add(new Crumb(section.Title, prefix));
            }
            else if (previous is { NamesNextSegment: true })
            {
                crumbs.Add(new Crumb(segments[i - 1], prefix));
            }

            previous = section;
        }

        crumbs.Add(new Crumb(title, url));
        return crumbs;
    }
}
