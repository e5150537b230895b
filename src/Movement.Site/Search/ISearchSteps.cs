using Movement.Site.Content;

namespace Movement.Site.Search;

/// <summary>
/// The per-page work of the search index: what a page offers to search, how its words become terms, which words it uses, and how the
/// index is cut into files. Behind one seam so <see cref="RenderSearch"/> stays input to output and a session can
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
}
