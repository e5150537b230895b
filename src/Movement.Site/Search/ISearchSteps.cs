using Movement.Site.Content;

namespace Movement.Site.Search;

/// <summary>
/// The per-page work of the search index: what a page offers to search, how its words become terms, which words it uses, how the
/// index is cut into files, and the index a session's last build made. Behind one seam so <see cref="RenderSearch"/> stays input to output and a session can
/// keep what each unchanged page gave (see <c>Caching.CachingSearchSteps</c>).
/// </summary>
public interface ISearchSteps
{
    /// <summary>The fields of one published item that search reads.</summary>
    SearchDocument DocumentOf(ContentItem item);

    /// <summary>Cuts pages into terms; one per index, since it learns each word's stem once.</summary>
    Func<SearchDocument, AnalysedDocument> Analyser();

    /// <summary>
    /// The distinct words of one page that contain a letter, each with its term in the page's language: what the
    /// vocabulary typos are corrected to is merged from (see <see cref="SearchVocabulary"/>).
    /// </summary>
    IReadOnlyList<(string Word, string Term)> WordsOf(SearchDocument document);

    /// <summary>Writes an index as files.</summary>
    SearchIndexPacker Packer();

    /// <summary>The index the last build made in this language, for this build's to be updated from; null when builds keep nothing.</summary>
    SearchIndex? LastIndex(string lang);

    /// <summary>Keeps this build's index of its language for the next build's <see cref="LastIndex"/>, when builds keep anything.</summary>
    void Keep(SearchIndex index);
}
