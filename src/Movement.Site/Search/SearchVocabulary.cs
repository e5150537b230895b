using System.Collections.Concurrent;

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
        // Each page's words are merged as they come rather than all held at once: a one-off build makes a fresh list
        // a page, and at 100,000 members every list at once would add to the build's peak.
        var minLength = index.Ranking.TypoMinLength - 1;
        var terms = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, documents.Count, d =>
        {
            foreach (var (word, term) in wordsOf(documents[d]))
            {
                // Most words are met before, and a lookup takes no lock. A word's term is the same on every page of one language.
                if (word.Length >= minLength && !terms.ContainsKey(word))
                {
                    terms.TryAdd(word, term);
                }
            }
        });

        // A query word may match the word's term or the word itself (see SearchTerms.CandidatesOf).
        return terms
            .Select(w => new VocabularyWord(w.Key, Math.Max(index.PostingsOf(w.Value).Count, w.Value == w.Key ? 0 : index.PostingsOf(w.Key).Count)))
            .Where(w => w.Pages > 0)
            .OrderBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
    }
}
