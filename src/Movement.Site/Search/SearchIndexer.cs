using System.Runtime.InteropServices;

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
public sealed class SearchIndexer(RankingParameters ranking)
{
    /// <param name="analyse">Cuts one page into terms; the preview passes one that remembers pages it has cut.</param>
    /// <param name="types">The content types in the order the filter lists them.</param>
    public SearchIndex From(IReadOnlyList<SearchDocument> documents, IReadOnlyList<FacetValue> types, IReadOnlyList<FacetValue> topics, Func<SearchDocument, AnalysedDocument> analyse)
    {
        var facets = new SearchFacets(
            types.Where(t => documents.Any(d => d.Kind == t.Id)).ToList(),
            Content.Nations.Ids.Select(n => new FacetValue(n, Content.Nations.NameOf(n))).ToList(),
            topics);
        var (combos, documentCombos) = Combine(documents, facets);

        var fieldCount = Enum.GetValues<SearchField>().Length;
        var analysed = new AnalysedDocument[documents.Count];
        var titles = new string[documents.Count][];
        var searchTerms = new SearchTerms();
        Parallel.For(0, documents.Count, d =>
        {
            analysed[d] = analyse(documents[d]);
            titles[d] = TitleTerms(documents[d], searchTerms);
        });

        var lengths = new int[documents.Count, fieldCount];
        for (var d = 0; d < documents.Count; d++)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                lengths[d, f] = analysed[d].FieldLengths[f];
            }
        }

        // Two passes over the pages rather than a growing list per term: count each term's pages, give every term
        // its array of exactly that size, then fill the arrays. At 100,000 pages the lists and their growth cost
        // more than the postings themselves.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in analysed)
        {
            foreach (var term in page.Terms)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(numbers, term, out _)++;
            }
        }

        var keys = numbers.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var postings = new Posting[keys.Length][];
        for (var k = 0; k < keys.Length; k++)
        {
            postings[k] = new Posting[numbers[keys[k]]];
            numbers[keys[k]] = k; // From here on, the term's number in ordinal order.
        }

        var filled = new int[keys.Length];
        for (var d = 0; d < documents.Count; d++)
        {
            for (var t = 0; t < analysed[d].Terms.Count; t++)
            {
                var k = numbers[analysed[d].Terms[t]];
                postings[k][filled[k]++] = new Posting(d, 0, TitlePlace.None, t); // Pages come in order, so each term's postings are sorted.
            }
        }

        var averages = Enumerable.Range(0, fieldCount).Select(f => Average(lengths, f, documents.Count)).ToArray();
        var terms = new KeyValuePair<string, IReadOnlyList<Posting>>[keys.Length];
        Parallel.For(0, keys.Length, k =>
        {
            var pages = postings[k];
            for (var p = 0; p < pages.Length; p++)
            {
                var (document, number) = (pages[p].Document, pages[p].Term);
                var title = Array.IndexOf(titles[document], keys[k]);
                pages[p] = pages[p] with
                {
                    Score = Score(analysed[document].FrequenciesOf(number), document, lengths, averages, documents.Count, pages.Length),
                    Title = title < 0 ? TitlePlace.None : TitlePlace.Of(title, titles[document].Length),
                };
            }

            terms[k] = new(keys[k], pages);
        });
        return new SearchIndex(documents, terms, facets, combos, documentCombos, ranking) { Pages = analysed };
    }

    private int Score(ReadOnlySpan<ushort> frequencies, int document, int[,] lengths, double[] averages, int documentCount, int documentFrequency)
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

    /// <summary>The terms of a page's title in order, without stop words: what a query must match to be its exact title.</summary>
    private static string[] TitleTerms(SearchDocument document, SearchTerms terms) =>
        SearchTokeniser.Words(document.Title).Where(w => !StopWords.Contains(w)).Select(w => terms.TermOf(w, document.Lang)).ToArray();

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
