namespace Movement.Site.Search;

/// <summary>
/// The whole index in memory: pages by number, every term in ordinal order with its postings, the filters
/// and each page's filter combination. <see cref="SearchIndexPacker"/> splits it into files.
/// </summary>
public sealed record SearchIndex(
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<Posting>>> Terms,
    SearchFacets Facets,
    IReadOnlyList<FacetCombo> Combos,
    IReadOnlyList<int> DocumentCombos,
    RankingParameters Ranking)
{
    /// <summary>The language of every page in this index ("en" or "cy"): each language is searched on its own.</summary>
    public string Lang { get; init; } = "en";

    /// <summary>Words that mean the same to visitors, from site.yml.</summary>
    public IReadOnlyList<SynonymGroup> Synonyms { get; init; } = [];

    /// <summary>The words pages use, in ordinal order, with how many pages have each one's term: what typos are corrected to.</summary>
    public IReadOnlyList<VocabularyWord> Vocabulary { get; init; } = [];

    /// <summary>Each page's terms and their positions, by page number: what a posting's <see cref="Posting.Term"/> points into.</summary>
    public IReadOnlyList<AnalysedDocument> Pages { get; init; } = [];

    /// <summary>Where the posting's term stands on its page, word by word, for phrases.</summary>
    public ReadOnlySpan<int> PositionsOf(Posting posting) => Pages[posting.Document].PositionsOf(posting.Term);

    private readonly Dictionary<string, IReadOnlyList<Posting>> _byTerm = Terms.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    public IReadOnlyList<Posting> PostingsOf(string term) => _byTerm.TryGetValue(term, out var postings) ? postings : [];

    /// <summary>The terms starting with a prefix, in ordinal order (the list is sorted, so they sit together).</summary>
    public IEnumerable<string> TermsStartingWith(string prefix)
    {
        var low = 0;
        var high = Terms.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(Terms[middle].Key, prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < Terms.Count && Terms[i].Key.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return Terms[i].Key;
        }
    }
}
