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

    // The same words recur on every page: each is stemmed once per build.
    private readonly ConcurrentDictionary<(string Word, bool Welsh), string> _stems = new();

    public AnalysedDocument From(SearchDocument document)
    {
        var lengths = new int[FieldCount];
        var terms = new Dictionary<string, (double[] Frequencies, List<int> Positions)>(StringComparer.Ordinal);
        var order = new List<string>();
        var position = 0;
        foreach (var (field, text) in document.Fields)
        {
            foreach (var word in SearchTokeniser.Words(text))
            {
                var term = _stems.GetOrAdd((word, document.Lang == "cy"), key => _terms.TermOf(key.Word, document.Lang));
                if (!terms.TryGetValue(term, out var entry))
                {
                    terms[term] = entry = (new double[FieldCount], []);
                    order.Add(term);
                }

                entry.Frequencies[(int)field]++;
                entry.Positions.Add(position++);
                lengths[(int)field]++;
            }

            position += 2; // A gap, so that a phrase never runs from one field into the next.
        }

        return new AnalysedDocument([.. order.Select(t => new TermOccurrence(t, terms[t].Frequencies, terms[t].Positions))], lengths);
    }
}
