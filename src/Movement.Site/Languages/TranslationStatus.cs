using Movement.Site.Content;

namespace Movement.Site.Languages;

/// <summary>
/// The staff's translation-status page: every English page with each of its translations, missing, out of date,
/// unrecorded or current, worst first. "Out of date" needs no git history: a translation records the fingerprint of
/// the English file it was made from ('translated_from'), and the page compares it with the file's fingerprint now.
/// </summary>
public sealed record TranslationStatus(IReadOnlyList<TranslationRow> Rows)
{
    public const string Url = "/translation-status/";

    /// <param name="fingerprintOf">The fingerprint of an input file as it is now.</param>
    public static TranslationStatus Of(IReadOnlyList<ContentItem> items, IReadOnlyList<string> languages, Func<string, string> fingerprintOf)
    {
        // Only Markdown files pair (TranslationFiles); rows of the members' spreadsheet are not translated one by one.
        var english = items.Where(i => i.Lang == Language.English && i.Source.EndsWith(".md", StringComparison.Ordinal));
        var bySource = items.Where(i => i.Lang != Language.English).ToDictionary(i => (i.Lang, TranslationFiles.EnglishSourceOf(i.Source)));
        var rows = new List<TranslationRow>();
        foreach (var item in english)
        {
            var fingerprint = fingerprintOf(item.Source);
            foreach (var lang in languages.Where(l => l != Language.English))
            {
                var translation = bySource.GetValueOrDefault((lang, item.Source));
                var state = translation switch
                {
                    null => TranslationState.Missing,
                    { TranslatedFrom: null } => TranslationState.NotRecorded,
                    { TranslatedFrom: var from } when from != fingerprint => TranslationState.OutOfDate,
                    _ => TranslationState.UpToDate,
                };
                rows.Add(new TranslationRow(item.Kind, item.Title, item.Url, item.Source, lang, state, translation?.Url,
                    translation?.Source ?? TranslationFiles.TranslationOf(item.Source, lang), fingerprint));
            }
        }

        return new TranslationStatus([.. rows.OrderBy(r => r.State == TranslationState.UpToDate ? 3 : r.State == TranslationState.OutOfDate ? 0 : r.State == TranslationState.Missing ? 1 : 2)
            .ThenBy(r => r.Source, StringComparer.Ordinal)]);
    }

    public int Count(TranslationState state) => Rows.Count(r => r.State == state);
}
