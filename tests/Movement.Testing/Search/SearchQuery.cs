using Movement.Site.Search;

namespace Movement.Testing.Search;

/// <summary>
/// A parsed query: words outside quotes must all match somewhere on the page; words inside quotes must
/// also stand next to each other, in order. While typing, the last word may be unfinished, so it also
/// matches longer terms that start with it (at a lower score).
/// </summary>
public sealed record SearchQuery(IReadOnlyList<QueryWord> Words)
{
    public static SearchQuery Parse(string text, bool typing, RankingParameters ranking)
    {
        var words = new List<QueryWord>();
        var segments = text.Split('"');
        var phrases = 0;
        for (var s = 0; s < segments.Length; s++)
        {
            var segmentWords = SearchTokeniser.Words(segments[s]);
            var phrase = s % 2 == 1 && segmentWords.Count > 1 ? phrases++ : -1;
            words.AddRange(segmentWords.Select(w => new QueryWord(w, phrase, false)));
        }

        var unfinished = typing && words.Count > 0 && words[^1].Phrase < 0 && segments.Length % 2 == 1 &&
            text.Length > 0 && !char.IsWhiteSpace(text[^1]) && words[^1].Word.Length >= ranking.MinPrefixLength;
        if (unfinished)
        {
            words[^1] = words[^1] with { IsPrefix = true };
        }

        return new SearchQuery(words);
    }

    public int PhraseCount => Words.Count == 0 ? 0 : Words.Max(w => w.Phrase) + 1;

    /// <summary>
    /// The words a page must have: all but stop words, except that words in quotes are all kept and a query of
    /// stop words alone ("who we are") keeps them.
    /// </summary>
    public IReadOnlyList<QueryWord> KeyWords
    {
        get
        {
            var key = Words.Where(w => w.Phrase >= 0 || !StopWords.Contains(w.Word)).ToList();
            return key.Count > 0 ? key : Words;
        }
    }
}
