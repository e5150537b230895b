namespace Movement.Site.Search;

/// <summary>
/// Turns a page's words into index terms by its language: English words are stemmed (babies and baby are
/// both "babi"); Welsh words are kept as written, because English suffix rules would mangle them.
/// </summary>
public sealed class SearchTerms
{
    private readonly EnglishStemmer _stemmer = new();

    public string TermOf(string word, string lang) => lang == "cy" ? word : _stemmer.Stem(word);

    /// <summary>
    /// The terms a query word may match: its English stem and the word itself (for Welsh pages), once each.
    /// A query does not know which language the page it is looking for is in.
    /// </summary>
    public IReadOnlyList<string> CandidatesOf(string word)
    {
        var stem = _stemmer.Stem(word);
        return stem == word ? [word] : [stem, word];
    }
}
