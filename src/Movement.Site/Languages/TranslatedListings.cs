using Movement.Site.Content;
using Movement.Site.Listings;
using Movement.Site.Settings;

namespace Movement.Site.Languages;

/// <summary>
/// The listings of each language: English listings list English items only; another language's listings list each
/// item's translation, or (with 'untranslated: list') the English item itself, which the theme marks "not yet
/// available in Welsh" and in English. A listing has a translation when its
/// component takes its words from the strings (InterfaceText.HasListing; the home page always; the member directory
/// with all its filter pages), so no listing shows
/// English headings as if they were Welsh.
/// </summary>
public sealed class TranslatedListings(SiteSettings settings, ContentTypes types, DateOnly today)
{
    public IEnumerable<ListingPage> From(IReadOnlyList<ContentItem> items)
    {
        var english = items.Where(i => i.Lang == Language.English).ToList();
        foreach (var page in new ListingPages(settings, types, today).From(english))
        {
            yield return page;
        }

        foreach (var lang in settings.Languages.Where(l => l != Language.English))
        {
            var text = InterfaceStrings.Embedded.For(lang);
            var translated = items.Where(i => i.Lang == lang).ToDictionary(i => (i.Kind, TranslationFiles.EnglishSourceOf(i.Source)));
            var shown = english
                .Select(i => translated.GetValueOrDefault((i.Kind, i.Source)) ?? (settings.Untranslated == UntranslatedPolicy.List ? i : null))
                .OfType<ContentItem>()
                .ToList();
            foreach (var page in new ListingPages(settings, types, today).From(shown))
            {
                if (page.Url == "/")
                {
                    yield return page with { Url = Language.UrlIn(lang, "/") };
                }
                else if (page.Model is NotFoundPage)
                {
                    // Served for unknown addresses under the language's prefix (Netlify's _redirects says so).
                    yield return page with { Url = Language.UrlIn(lang, page.Url), Title = text["not_found_title"], Description = text["not_found_text"] };
                }
                else if (page.Model is MemberDirectory directory && text.HasListing(MemberDirectory.UrlOf(null, null)))
                {
                    // Every filter and page of the directory: its words are the strings', its members' names their own.
                    yield return page with { Url = Language.UrlIn(lang, page.Url), Title = MemberDirectoryPages.PageTitleOf(directory, text), Description = text["listing_members"] };
                }
                else if (text.HasListing(page.Url) && text.Section(page.Url) is { } title)
                {
                    yield return page with { Url = Language.UrlIn(lang, page.Url), Title = title, Description = "" };
                }
            }
        }
    }
}
