using System.Collections.Concurrent;
using Movement.Site.Content;

namespace Movement.Site.Search;

/// <summary>The search's per-page work done afresh on every build.</summary>
public sealed class SearchSteps : ISearchSteps
{
    private readonly SearchTerms _terms = new();

    // The same words recur on every page: each is given its term, and its string, once per build and language.
    private readonly ConcurrentDictionary<string, (string Word, string Term)> _english = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Word, string Term)> _welsh = new(StringComparer.Ordinal);

    public SearchDocument DocumentOf(ContentItem item) => SearchDocuments.From(item);

    public Func<SearchDocument, AnalysedDocument> Analyser() => new AnalyseDocument().From;

    public IReadOnlyList<(string Word, string Term)> WordsOf(SearchDocument document)
    {
        var known = (document.Lang == "cy" ? _welsh : _english).GetAlternateLookup<ReadOnlySpan<char>>();
        var page = new HashSet<string>(StringComparer.Ordinal);
        var onPage = page.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<(string Word, string Term)>();
        foreach (var (_, text) in document.Fields)
        {
            SearchTokeniser.EachWord(text, word =>
            {
                if (onPage.Contains(word))
                {
                    return; // Most words recur on their page: no string is made for them.
                }

                if (!known.TryGetValue(word, out var entry))
                {
                    var whole = word.ToString();
                    entry = known.Dictionary.GetOrAdd(whole, (whole, _terms.TermOf(whole, document.Lang)));
                }

                page.Add(entry.Word);
                if (entry.Word.Any(char.IsLetter))
                {
                    words.Add(entry);
                }
            });
        }

        return [.. words];
    }

    public SearchIndexPacker Packer() => new();

    /// <summary>A one-off build keeps no index: at 100,000 pages it would double what the build holds.</summary>
    public SearchIndex? LastIndex(string lang) => null;

    public void Keep(SearchIndex index)
    {
    }
}
