using System.Collections.Immutable;
using Movement.Core.Documents;

namespace Movement.Site.Languages;

/// <summary>
/// What a page in one language may show of a pipeline's documents: English pages show English items; a Welsh page
/// shows Welsh items and, with 'untranslated: list', the English items that have no Welsh version yet (the theme
/// marks them as English). Documents without an item (drafts, other files) pass through.
/// </summary>
public static class LanguageView
{
    public static ImmutableArray<Document> Of(ImmutableArray<Document> documents, string lang, UntranslatedPolicy untranslated)
    {
        var translated = documents.Select(d => d.Get(SiteKeys.Item)).Where(i => i is not null && i.Lang == lang)
            .Select(i => TranslationFiles.EnglishSourceOf(i!.Source)).ToHashSet(StringComparer.Ordinal);
        return [.. documents.Where(d => d.Get(SiteKeys.Item) is not { } item
            || item.Lang == lang
            || (lang != Language.English && item.Lang == Language.English && untranslated == UntranslatedPolicy.List && !translated.Contains(item.Source)))];
    }
}
