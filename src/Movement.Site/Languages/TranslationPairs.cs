using Movement.Site.Content;

namespace Movement.Site.Languages;

/// <summary>
/// Every published page's versions, by page address: an item and its translations share their English file
/// (TranslationFiles), a listing and its translations share their English address. A page with no other version
/// has none, so it names no alternates that do not exist.
/// </summary>
public sealed class TranslationPairs
{
    private readonly Dictionary<string, IReadOnlyList<Translation>> _byUrl = new(StringComparer.Ordinal);

    public static TranslationPairs OfItems(IEnumerable<ContentItem> items)
    {
        var pairs = new TranslationPairs();
        foreach (var group in items.GroupBy(i => (i.Kind, Source: TranslationFiles.EnglishSourceOf(i.Source))))
        {
            pairs.Add(group.Select(i => new Translation(i.Lang, i.Url)));
        }

        return pairs;
    }

    /// <summary>Pairs listings (and any page made from code) by address: "/x/" with "/cy/x/".</summary>
    public static TranslationPairs OfUrls(IEnumerable<string> urls)
    {
        var pairs = new TranslationPairs();
        foreach (var group in urls.Distinct(StringComparer.Ordinal).GroupBy(Language.EnglishUrlOf, StringComparer.Ordinal))
        {
            pairs.Add(group.Select(u => new Translation(Language.OfUrl(u), u)));
        }

        return pairs;
    }

    private void Add(IEnumerable<Translation> versions)
    {
        var all = versions.DistinctBy(v => v.Lang).OrderBy(v => Language.Known.ToList().IndexOf(v.Lang)).ToList();
        if (all.Count < 2 || all[0].Lang != Language.English)
        {
            return; // No pair, or an orphaned translation (reported by CheckTranslations).
        }

        foreach (var version in all)
        {
            _byUrl[version.Url] = all;
        }
    }

    /// <summary>Every version of the page at this address, its own included, English first; none when it has no translation.</summary>
    public IReadOnlyList<Translation> Of(string url) => _byUrl.GetValueOrDefault(url) ?? [];
}
