using System.Collections.Concurrent;

namespace Movement.Site.Search;

/// <summary>
/// Cuts a page's fields into words and words into terms by the page's language. Each page is cut on its own,
/// so pages are cut in parallel and the preview keeps the result of a page that did not change.
/// </summary>
public sealed class AnalyseDocument
{
    private static readonly int FieldCount = AnalysedDocument.FieldCount;
    private readonly SearchTerms _terms = new();

    // The same words recur on every page: each is stemmed once per build, and looked up by its letters
    // without a string being made for it.
    private readonly ConcurrentDictionary<string, string> _english = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _welsh = new(StringComparer.Ordinal);

    /// <summary>Working space for one page at a time, one per thread: pages are cut in parallel.</summary>
    private readonly ThreadLocal<Scratch> _scratch = new(() => new Scratch());

    public AnalysedDocument From(SearchDocument document)
    {
        var scratch = _scratch.Value!;
        scratch.Clear();
        var lengths = new int[FieldCount];
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

                scratch.Add(term, (int)field, position++);
                lengths[(int)field]++;
            });

            position += 2; // A gap, so that a phrase never runs from one field into the next.
        }

        return scratch.Analysed(lengths);
    }

    /// <summary>
    /// A page's terms in order of first use, their counts per field and every (term, position) pair, from which
    /// each term's positions are cut to size once at the end: no list grows, no table grows a page.
    /// </summary>
    private sealed class Scratch
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<ushort> _frequencies = []; // FieldCount counts a term, in the terms' order.
        private readonly List<int> _counts = [];
        private readonly List<(int Term, int Position)> _positions = [];

        public void Clear()
        {
            _index.Clear();
            _terms.Clear();
            _frequencies.Clear();
            _counts.Clear();
            _positions.Clear();
        }

        public void Add(string term, int field, int position)
        {
            if (!_index.TryGetValue(term, out var number))
            {
                number = _terms.Count;
                _index[term] = number;
                _terms.Add(term);
                for (var f = 0; f < FieldCount; f++)
                {
                    _frequencies.Add(0);
                }

                _counts.Add(0);
            }

            if (_frequencies[(number * FieldCount) + field] < ushort.MaxValue)
            {
                _frequencies[(number * FieldCount) + field]++;
            }

            _counts[number]++;
            _positions.Add((number, position));
        }

        public AnalysedDocument Analysed(int[] fieldLengths)
        {
            var starts = new int[_terms.Count + 1];
            for (var t = 0; t < _terms.Count; t++)
            {
                starts[t + 1] = starts[t] + _counts[t];
                _counts[t] = starts[t]; // From here on, where the term's next position goes.
            }

            var positions = new int[_positions.Count];
            foreach (var (term, position) in _positions)
            {
                positions[_counts[term]++] = position; // Pairs come in page order, so each term's positions are sorted.
            }

            return new AnalysedDocument([.. _terms], [.. _frequencies], positions, starts, fieldLengths);
        }
    }
}
