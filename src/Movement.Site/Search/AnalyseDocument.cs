using System.Collections.Concurrent;

namespace Movement.Site.Search;

/// <summary>
/// Cuts a page's fields into words and words into terms by the page's language. Each page is cut on its own,
/// so pages are cut in parallel and the preview keeps the result of a page that did not change.
/// </summary>
public sealed class AnalyseDocument
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;
    private readonly SearchTerms _terms = new();

    // The same words recur on every page: each is stemmed once per build, and looked up by its letters
    // without a string being made for it.
    private readonly ConcurrentDictionary<string, string> _english = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _welsh = new(StringComparer.Ordinal);

    public AnalysedDocument From(SearchDocument document)
    {
        var lengths = new int[FieldCount];
        var terms = new Dictionary<string, (double[] Frequencies, List<int> Positions)>(StringComparer.Ordinal);
        var order = new List<string>();
        var position = 0;
        var stems = (document.Lang == "cy" ? _welsh : _english).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (field, text) in document.Fields)
        {
            SearchTokeniser.EachWord(text, word =>
            {
                if (!stems.TryGetValue(word, out var term))
                {
                    var whole = word.ToString();
                    term = stems.Dictionary.GetOrAdd(whole, _terms.TermOf(whole, document.Lang));
                }

                if (!terms.TryGetValue(term, out var entry))
                {
                    terms[term] = entry = (new double[FieldCount], []);
                    order.Add(term);
                }

                entry.Frequencies[(int)field]++;
                entry.Positions.Add(position++);
                lengths[(int)field]++;
            });

            position += 2; // A gap, so that a phrase never runs from one field into the next.
        }

        return new AnalysedDocument([.. order.Select(t => new TermOccurrence(t, terms[t].Frequencies, terms[t].Positions))], lengths);
    }
}
