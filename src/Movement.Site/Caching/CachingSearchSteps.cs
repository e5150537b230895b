using Movement.Core.Caching;
using Movement.Site.Content;
using Movement.Site.Search;

namespace Movement.Site.Caching;

/// <summary>
/// The search's per-page work, with what each page gave kept for the session: an unchanged item keeps its search
/// document, an unchanged search document its terms and its words, and an unchanged record or page's positions their bytes. After
/// an edit only the edited page is cut again, and each language's index is updated from the last build's: the edited
/// page's postings taken out and put in again, every score worked out afresh, as a clean build would.
/// </summary>
public sealed class CachingSearchSteps(ISearchSteps steps, SiteCaches caches) : ISearchSteps
{
    private readonly Memo<Fingerprint, AnalysedDocument> _analysed = caches.Named<AnalysedDocument>("search-documents");
    private readonly Memo<string, SearchIndex> _indexes = caches.Named<string, SearchIndex>("search-indexes");
    private readonly Memo<(string Lang, string From), PackedPositions> _packed = caches.Named<(string Lang, string From), PackedPositions>("search-positions");

    public SearchDocument DocumentOf(ContentItem item) => caches.ForInstance(item, steps.DocumentOf);

    public Func<SearchDocument, AnalysedDocument> Analyser()
    {
        var analyse = steps.Analyser();
        return document => caches.Reuse(_analysed, () => analyse(document), document);
    }

    public IReadOnlyList<(string Word, string Term)> WordsOf(SearchDocument document) => caches.ForInstance(document, steps.WordsOf);

    /// <summary>Only a session that remembers gains from writing positions and records piece by piece.</summary>
    public SearchIndexPacker Packer() => caches.Remember
        ? new SearchIndexPacker(
            positions: caches.PerInstance<AnalysedDocument, byte[][]>(SearchIndexPacker.PositionsOf),
            record: caches.PerInstance<SearchDocument, byte[]>(SearchIndexPacker.RecordOf),
            recordHash: caches.PerInstance<byte[], string>(r => ContentHash.Of(r)),
            packed: _packed)
        : steps.Packer();

    public SearchIndex? LastIndex(string lang) => caches.Remember && _indexes.TryGet(lang, out var index) ? index : steps.LastIndex(lang);

    public void Keep(SearchIndex index)
    {
        if (caches.Remember)
        {
            _indexes.Set(index.Lang, index);
        }
    }
}
