namespace Movement.Site.Search;

/// <summary>
/// The vocabulary typos are corrected to: every word the pages use (as the tokeniser gives it), with how many
/// pages have its term. Merged from each page's own words (<see cref="ISearchSteps.WordsOf"/>) on every build, so
/// a session's rebuild gives what a clean build gives while only an edited page is read for words again. Numbers
/// and words too short to be a typo's correction are left out.
/// </summary>
public static class SearchVocabulary
{
    /// <param name="wordsOf">A page's words with their terms in this index's language; the preview passes one that remembers them.</param>
    public static IReadOnlyList<VocabularyWord> From(
        IReadOnlyList<SearchDocument> documents, Func<SearchDocument, IReadOnlyList<(string Word, string Term)>> wordsOf, SearchIndex index)
    {
        var pages = new IReadOnlyList<(string Word, string Term)>[documents.Count];
        Parallel.For(0, documents.Count, d => pages[d] = wordsOf(documents[d]));

        var minLength = index.Ranking.TypoMinLength - 1;
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var (word, term) in page)
            {
                if (word.Length >= minLength)
                {
                    terms.TryAdd(word, term); // A word's term is the same on every page of one language.
                }
            }
        }

        // A query word may match the word's term or the word itself (see SearchTerms.CandidatesOf).
        return terms
            .Select(w => new VocabularyWord(w.Key, Math.Max(index.PostingsOf(w.Value).Count, w.Value == w.Key ? 0 : index.PostingsOf(w.Key).Count)))
            .Where(w => w.Pages > 0)
            .OrderBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
    }
}
