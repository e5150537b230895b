namespace Movement.Site.Search;

/// <summary>
/// Answers queries from an index in memory, by the same rules the browser client applies to the index
/// files (theme/wwwroot/js/search-core.js); the tests hold both to the same rankings.
/// </summary>
public sealed class SearchEngine(SearchIndex index)
{
    private readonly SearchTerms _terms = new();

    public SearchResults Search(string text, SearchFilters filters, bool typing = false)
    {
        var query = SearchQuery.Parse(text, typing, index.Ranking);
        if (query.Words.Count == 0)
        {
            return new SearchResults([], Empty(), Empty(), Empty());
        }

        Dictionary<int, int>? scores = null;
        foreach (var word in query.Words)
        {
            var matches = Match(word);
            scores = scores is null
                ? matches
                : scores.Where(s => matches.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value + matches[s.Key]);
        }

        var matched = scores!.Where(s => InPhrases(query, s.Key)).ToList();
        var combos = index.Combos;
        bool Passes(int document, int skipGroup)
        {
            var combo = combos[index.DocumentCombos[document]];
            return (skipGroup == 0 || Any(filters.Types, [combo.Type], index.Facets.Types)) &&
                   (skipGroup == 1 || Any(filters.Nations, combo.Nations, index.Facets.Nations)) &&
                   (skipGroup == 2 || Any(filters.Topics, combo.Topics, index.Facets.Topics));
        }

        var hits = matched.Where(m => Passes(m.Key, -1))
            .Select(m => new SearchHit(m.Key, m.Value))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Document)
            .ToList();
        return new SearchResults(hits,
            Count(matched, d => Passes(d, 0), c => [c.Type], index.Facets.Types),
            Count(matched, d => Passes(d, 1), c => c.Nations, index.Facets.Nations),
            Count(matched, d => Passes(d, 2), c => c.Topics, index.Facets.Topics));
    }

    /// <summary>Pages matching one query word, with the word's score: the best of its exact terms and, when unfinished, of the terms it starts.</summary>
    private Dictionary<int, int> Match(QueryWord word)
    {
        var scores = new Dictionary<int, int>();
        var exact = _terms.CandidatesOf(word.Word);
        foreach (var term in exact)
        {
            Add(scores, index.PostingsOf(term), 1);
        }

        if (word.IsPrefix)
        {
            foreach (var term in index.TermsStartingWith(word.Word).Where(t => !exact.Contains(t)).Take(index.Ranking.MaxPrefixTerms))
            {
                Add(scores, index.PostingsOf(term), index.Ranking.PrefixDivisor);
            }
        }

        return scores;
    }

    private static void Add(Dictionary<int, int> scores, IReadOnlyList<Posting> postings, int divisor)
    {
        foreach (var posting in postings)
        {
            var score = posting.Score / divisor;
            if (!scores.TryGetValue(posting.Document, out var best) || score > best)
            {
                scores[posting.Document] = score;
            }
        }
    }

    private bool InPhrases(SearchQuery query, int document)
    {
        for (var phrase = 0; phrase < query.PhraseCount; phrase++)
        {
            var positions = query.Words.Where(w => w.Phrase == phrase)
                .Select(w => _terms.CandidatesOf(w.Word)
                    .SelectMany(t => index.PostingsOf(t).Where(p => p.Document == document).SelectMany(p => p.Positions))
                    .ToHashSet())
                .ToList();
            if (!positions[0].Any(start => positions.Select((set, k) => set.Contains(start + k)).All(found => found)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Any(IReadOnlyList<string> selected, IReadOnlyList<int> values, IReadOnlyList<FacetValue> facet) =>
        selected.Count == 0 || values.Any(v => selected.Contains(facet[v].Id));

    private Dictionary<string, int> Count(List<KeyValuePair<int, int>> matched, Func<int, bool> passes, Func<FacetCombo, IReadOnlyList<int>> values, IReadOnlyList<FacetValue> facet)
    {
        var counts = facet.ToDictionary(f => f.Id, _ => 0, StringComparer.Ordinal);
        foreach (var (document, _) in matched)
        {
            if (passes(document))
            {
                foreach (var value in values(index.Combos[index.DocumentCombos[document]]))
                {
                    counts[facet[value].Id]++;
                }
            }
        }

        return counts;
    }

    private static Dictionary<string, int> Empty() => new(StringComparer.Ordinal);
}
