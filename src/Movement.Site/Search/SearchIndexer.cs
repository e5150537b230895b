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
    /// <param name="previous">
    /// The index the last build made of the same language, when builds remember (the preview): if the same pages
    /// stand in the same order and few of them changed, each term's pages are taken from it and only the changed
    /// pages' terms are added and removed. The scores are computed afresh either way, since every page's length
    /// moves the averages, so the result is what a clean build gives.
    /// </param>
    public SearchIndex From(
        IReadOnlyList<SearchDocument> documents,
        IReadOnlyList<FacetValue> types,
        IReadOnlyList<FacetValue> topics,
        Func<SearchDocument, AnalysedDocument> analyse,
        SearchIndex? previous = null)
    {
        var facets = new SearchFacets(
            types.Where(t => documents.Any(d => d.Kind == t.Id)).ToList(),
            Content.Nations.Ids.Select(n => new FacetValue(n, Content.Nations.NameOf(n))).ToList(),
            topics);
        var (combos, documentCombos) = Combine(documents, facets);

        var fieldCount = Enum.GetValues<SearchField>().Length;
        var analysed = new AnalysedDocument[documents.Count];
        Parallel.For(0, documents.Count, d => analysed[d] = analyse(documents[d]));
        var lengths = new int[documents.Count, fieldCount];
        for (var d = 0; d < documents.Count; d++)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                lengths[d, f] = analysed[d].FieldLengths[f];
            }
        }

        var changed = previous is null ? null : ChangedPages(previous, documents, analysed);
        var (keys, postings) = changed is not null && changed.Count <= Math.Max(1, documents.Count / 4) // Else assembling costs less.
            ? Updated(previous!, changed, documents, analysed)
            : Assembled(documents, analysed);

        var averages = Enumerable.Range(0, fieldCount).Select(f => Average(lengths, f, documents.Count)).ToArray();
        var terms = new KeyValuePair<string, IReadOnlyList<Posting>>[keys.Length];
        Parallel.For(0, keys.Length, k =>
        {
            var pages = postings[k];
            for (var p = 0; p < pages.Length; p++)
            {
                pages[p] = pages[p] with { Score = Score(analysed[pages[p].Document].FrequenciesOf(pages[p].Term), pages[p].Document, lengths, averages, documents.Count, pages.Length) };
            }

            terms[k] = new(keys[k], pages);
        });
        return new SearchIndex(documents, terms, facets, combos, documentCombos, ranking) { Pages = analysed };
    }

    /// <summary>Every term in ordinal order with its pages in page order, each posting's score still to be worked out.</summary>
    private static (string[] Keys, Posting[][] Postings) Assembled(IReadOnlyList<SearchDocument> documents, AnalysedDocument[] analysed)
    {
        var titles = new string[documents.Count][];
        var searchTerms = new SearchTerms();
        Parallel.For(0, documents.Count, d => titles[d] = TitleTerms(documents[d], searchTerms));

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
                postings[k][filled[k]++] = PostingOf(d, t, analysed[d], titles[d]); // Pages come in order, so each term's postings are sorted.
            }
        }

        return (keys, postings);
    }

    /// <summary>
    /// The pages whose terms differ from <paramref name="previous"/>'s, in page order; null when the pages are not the
    /// same ones in the same order (one added, removed or renamed), so the index must be assembled afresh.
    /// </summary>
    private static List<int>? ChangedPages(SearchIndex previous, IReadOnlyList<SearchDocument> documents, AnalysedDocument[] analysed)
    {
        if (previous.Documents.Count != documents.Count || previous.Pages.Count != analysed.Length)
        {
            return null;
        }

        var changed = new List<int>();
        for (var d = 0; d < documents.Count; d++)
        {
            if (!string.Equals(previous.Documents[d].Url, documents[d].Url, StringComparison.Ordinal))
            {
                return null;
            }

            // An unchanged page is cut once in a session: the same object, not only equal terms.
            if (!ReferenceEquals(previous.Pages[d], analysed[d]))
            {
                changed.Add(d);
            }
        }

        return changed;
    }

    /// <summary>
    /// <paramref name="previous"/>'s terms and postings with the changed pages' old entries taken out and their new
    /// ones put in, in the order <see cref="Assembled"/> gives: terms in ordinal order, each term's pages in page order.
    /// </summary>
    private static (string[] Keys, Posting[][] Postings) Updated(SearchIndex previous, List<int> changed, IReadOnlyList<SearchDocument> documents, AnalysedDocument[] analysed)
    {
        var isChanged = new bool[documents.Count];
        var added = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var searchTerms = new SearchTerms();
        foreach (var d in changed)
        {
            isChanged[d] = true;
            var titles = TitleTerms(documents[d], searchTerms);
            for (var t = 0; t < analysed[d].Terms.Count; t++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(added, analysed[d].Terms[t], out _) ??= [];
                added[analysed[d].Terms[t]].Add(PostingOf(d, t, analysed[d], titles)); // Changed pages come in order.
            }
        }

        var touched = new HashSet<string>(added.Keys, StringComparer.Ordinal);
        foreach (var d in changed)
        {
            touched.UnionWith(previous.Pages[d].Terms);
        }

        var newTerms = added.Keys.Where(t => previous.PostingsOf(t).Count == 0).Order(StringComparer.Ordinal).ToList();
        var keys = new List<string>(previous.Terms.Count + newTerms.Count);
        var postings = new List<Posting[]>(keys.Capacity);
        var n = 0;
        foreach (var (term, pages) in previous.Terms)
        {
            for (; n < newTerms.Count && string.CompareOrdinal(newTerms[n], term) < 0; n++)
            {
                keys.Add(newTerms[n]);
                postings.Add([.. added[newTerms[n]]]);
            }

            var kept = touched.Contains(term) ? Merged(pages, isChanged, added.GetValueOrDefault(term)) : [.. pages];
            if (kept.Length > 0) // A term only the changed pages used, and no longer do, leaves the index.
            {
                keys.Add(term);
                postings.Add(kept);
            }
        }

        for (; n < newTerms.Count; n++)
        {
            keys.Add(newTerms[n]);
            postings.Add([.. added[newTerms[n]]]);
        }

        return ([.. keys], [.. postings]);
    }

    /// <summary>One term's postings without the changed pages' old ones and with their new ones, in page order.</summary>
    private static Posting[] Merged(IReadOnlyList<Posting> pages, bool[] isChanged, List<Posting>? added)
    {
        var merged = new List<Posting>(pages.Count + (added?.Count ?? 0));
        var a = 0;
        foreach (var posting in pages)
        {
            if (isChanged[posting.Document])
            {
                continue;
            }

            for (; added is not null && a < added.Count && added[a].Document < posting.Document; a++)
            {
                merged.Add(added[a]);
            }

            merged.Add(posting);
        }

        for (; added is not null && a < added.Count; a++)
        {
            merged.Add(added[a]);
        }

        return [.. merged];
    }

    /// <summary>Term number <paramref name="term"/> of page <paramref name="document"/>, with where it stands in the title; scored later.</summary>
    private static Posting PostingOf(int document, int term, AnalysedDocument page, string[] titles)
    {
        var title = Array.IndexOf(titles, page.Terms[term]);
        return new Posting(document, 0, title < 0 ? TitlePlace.None : TitlePlace.Of(title, titles.Length), term);
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
