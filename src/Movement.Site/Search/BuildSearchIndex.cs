using System.Collections.Concurrent;

namespace Movement.Site.Search;

/// <summary>
/// Indexes pages: cuts each field into words, turns words into terms by the page's language, numbers word
/// positions for phrases, and scores every (term, page) pair with BM25 over weighted fields.
/// </summary>
/// <remarks>
/// The score is fixed at build time: for each field, the term's frequency is weighted and normalised by the
/// field's length against that field's average; the sum is saturated with k1 and multiplied by the term's
/// IDF. Storing it means a browser downloads no page lengths or statistics, only the postings it needs.
/// </remarks>
public sealed class BuildSearchIndex(RankingParameters ranking)
{
    private readonly SearchTerms _terms = new();

    public SearchIndex From(IReadOnlyList<SearchDocument> documents, IReadOnlyList<FacetValue> topics)
    {
        var facets = new SearchFacets(
            SearchFacets.ContentTypes.Where(t => documents.Any(d => d.Kind == t.Id)).ToList(),
            Taxonomies.Nations.Ids.Select(n => new FacetValue(n, Taxonomies.Nations.NameOf(n))).ToList(),
            topics);
        var (combos, documentCombos) = Combine(documents, facets);

        var fieldCount = Enum.GetValues<SearchField>().Length;
        var lengths = new int[documents.Count, fieldCount];
        var occurrences = new Dictionary<string, Dictionary<int, (double[] Frequencies, List<int> Positions)>>(StringComparer.Ordinal);
        var terms = TermsOf(documents);
        for (var d = 0; d < documents.Count; d++)
        {
            var position = 0;
            foreach (var (field, fieldTerms) in terms[d])
            {
                foreach (var term in fieldTerms)
                {
                    if (!occurrences.TryGetValue(term, out var pages))
                    {
                        occurrences[term] = pages = [];
                    }

                    if (!pages.TryGetValue(d, out var entry))
                    {
                        pages[d] = entry = (new double[fieldCount], []);
                    }

                    entry.Frequencies[(int)field]++;
                    entry.Positions.Add(position++);
                    lengths[d, (int)field]++;
                }

                position += 2; // A gap, so that a phrase never runs from one field into the next.
            }
        }

        var averages = Enumerable.Range(0, fieldCount).Select(f => Average(lengths, f, documents.Count)).ToArray();
        var postings = occurrences
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new KeyValuePair<string, IReadOnlyList<Posting>>(t.Key, t.Value
                .OrderBy(p => p.Key)
                .Select(p => new Posting(p.Key, Score(p.Value.Frequencies, p.Key, lengths, averages, documents.Count, t.Value.Count), p.Value.Positions))
                .ToList()))
            .ToList();
        return new SearchIndex(documents, postings, facets, combos, documentCombos, ranking);
    }

    /// <summary>
    /// Each page's fields as terms, pages in parallel (each a function of its own page). A word is stemmed
    /// once per build however many pages use it.
    /// </summary>
    private (SearchField Field, List<string> Terms)[][] TermsOf(IReadOnlyList<SearchDocument> documents)
    {
        var stems = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var terms = new (SearchField, List<string>)[documents.Count][];
        Parallel.For(0, documents.Count, d =>
        {
            var lang = documents[d].Lang;
            string TermOf(string word) => lang == "en" ? stems.GetOrAdd(word, w => _terms.TermOf(w, "en")) : _terms.TermOf(word, lang);
            terms[d] = documents[d].Fields
                .Select(f => (f.Field, SearchTokeniser.Words(f.Text).ConvertAll(TermOf)))
                .ToArray();
        });
        return terms;
    }

    private int Score(double[] frequencies, int document, int[,] lengths, double[] averages, int documentCount, int documentFrequency)
    {
        var weighted = 0.0;
        for (var f = 0; f < frequencies.Length; f++)
        {
            if (frequencies[f] > 0)
            {
                var norm = 1 - ranking.B + (ranking.B * lengths[document, f] / averages[f]);
                weighted += ranking.WeightOf((SearchField)f) * frequencies[f] / norm;
            }
        }

        var idf = Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
        var score = idf * weighted * (ranking.K1 + 1) / (weighted + ranking.K1);
        return Math.Max(1, (int)Math.Round(score * ranking.ScoreScale, MidpointRounding.AwayFromZero));
    }

    private static double Average(int[,] lengths, int field, int count)
    {
        var sum = 0.0;
        var nonEmpty = 0;
        for (var d = 0; d < count; d++)
        {
            sum += lengths[d, field];
            nonEmpty += lengths[d, field] > 0 ? 1 : 0;
        }

        return nonEmpty == 0 ? 1 : sum / nonEmpty;
    }

    private static (List<FacetCombo> Combos, List<int> DocumentCombos) Combine(IReadOnlyList<SearchDocument> documents, SearchFacets facets)
    {
        var combos = new List<FacetCombo>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentCombos = new List<int>(documents.Count);
        foreach (var document in documents)
        {
            var combo = new FacetCombo(
                IndexOf(facets.Types, document.Kind),
                document.Nations.Select(n => IndexOf(facets.Nations, n)).Where(i => i >= 0).Distinct().Order().ToList(),
                document.Topics.Select(t => IndexOf(facets.Topics, t)).Where(i => i >= 0).Distinct().Order().ToList());
            if (!numbers.TryGetValue(combo.Key, out var number))
            {
                numbers[combo.Key] = number = combos.Count;
                combos.Add(combo);
            }

            documentCombos.Add(number);
        }

        return (combos, documentCombos);
    }

    private static int IndexOf(IReadOnlyList<FacetValue> values, string id)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
