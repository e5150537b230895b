namespace Movement.Site.Search;

/// <summary>
/// Turns a page's words into index terms by its language: English words are stemmed (babies and baby are
/// both "babi"); Welsh words get their mutation key (Gymru and Nghymru are both "cymru", see WelshMutations) and
/// no English suffix rules, which would mangle them.
/// </summary>
/// <param name="lang">The language of the index the terms are for: each language has an index of its own.</param>
public sealed class SearchTerms(string lang = "en")
{
    private readonly EnglishStemmer _stemmer = new();

    public string TermOf(string word, string lang) => lang == "cy" ? WelshMutations.Key(word) : _stemmer.Stem(word);

    /// <summary>The terms a query word may match in this language's index: its term, and the word itself, once each.</summary>
    public IReadOnlyList<string> CandidatesOf(string word)
    {
        var term = TermOf(word, lang);
        return term == word ? [word] : [term, word];
    }
}
