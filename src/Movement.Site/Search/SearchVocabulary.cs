using System.Collections.Concurrent;

namespace Movement.Site.Search;

/// <summary>
/// The vocabulary typos are corrected to: every word the pages use (as the tokeniser gives it), with how many
/// pages have its term. Read from the pages themselves, every build, so a session's rebuild gives what a clean
/// build gives. Numbers and words too short to be a typo's correction are left out.
/// </summary>
public static class SearchVocabulary
{
    public static IReadOnlyList<VocabularyWord> From(IReadOnlyList<SearchDocument> documents, SearchIndex index)
    {
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var minLength = index.Ranking.TypoMinLength - 1;
        Parallel.ForEach(documents, document =>
        {
            var words = seen.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var (_, text) in document.Fields)
            {
                SearchTokeniser.EachWord(text, word =>
                {
                    if (word.Length >= minLength && !words.ContainsKey(word)) // Most words are seen before: no string made for them.
                    {
                        words.TryAdd(word, 0);
                    }
                });
            }
        });

        var terms = new SearchTerms(index.Lang);
        return seen.Keys.Where(w => w.Any(char.IsLetter))
            .Select(w => new VocabularyWord(w, terms.CandidatesOf(w).Max(t => index.PostingsOf(t).Count)))
            .Where(w => w.Pages > 0)
            .OrderBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
    }
}
