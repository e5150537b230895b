namespace Movement.Site.Search;

/// <summary>
/// The vocabulary typos are corrected to: every word pages use (as the tokeniser gives it) whose term the index
/// has, with how many pages have that term. Numbers and words too short to be a typo's correction are left out.
/// </summary>
public static class SearchVocabulary
{
    public static IReadOnlyList<VocabularyWord> From(IEnumerable<(string Word, string Term)> words, SearchIndex index) =>
        words.Where(w => w.Word.Length >= index.Ranking.TypoMinLength - 1 && w.Word.Any(char.IsLetter))
            .Select(w => new VocabularyWord(w.Word, index.PostingsOf(w.Term).Count))
            .Where(w => w.Pages > 0)
            .GroupBy(w => w.Word, StringComparer.Ordinal)
            .Select(g => new VocabularyWord(g.Key, g.Max(w => w.Pages))) // A word both English and Welsh pages use.
            .OrderBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
}
