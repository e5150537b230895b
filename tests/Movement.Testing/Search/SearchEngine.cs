using Movement.Site.Search;

namespace Movement.Testing.Search;

/// <summary>
/// Answers queries from an index in memory, by the same rules the browser client applies to the index
/// files (theme/wwwroot/js/search-core.js); the tests hold both to the same rankings.
/// </summary>
/// <remarks>
/// Each word a page must have (<see cref="SearchQuery.KeyWords"/>) scores its best match: the word's own terms,
/// then, at a fraction, longer terms it starts (while typing), its synonyms, or, when nothing matched, the
/// nearest word of the vocabulary within one or two edits. Pages need every word; when none has them all (and
/// nothing is quoted), pages with some of them are given, most words first. A page whose title holds the words in order gains a
/// boost (most for its exact title), and each content type's weight scales the total.
/// </remarks>
public sealed class SearchEngine(SearchIndex index)
{
    private readonly SearchTerms _terms = new(index.Lang);
    private readonly int _ukWide = IndexOfId(index.Facets.Nations, "uk-wide");

    public SearchResults Search(string text, SearchFilters filters, bool typing = false)
    {
        var query = SearchQuery.Parse(text, typing, index.Ranking);
        if (query.Words.Count == 0)
        {
            return new SearchResults([], Empty(), Empty(), Empty());
        }

        var keyWords = query.KeyWords;
        var corrections = new List<(string, string)>();
        var matches = keyWords.Select(w => Match(w, corrections)).ToList();
        var all = matches.Skip(1).Aggregate(matches[0].Keys.ToHashSet(), (docs, m) => { docs.IntersectWith(m.Keys); return docs; });
        all.RemoveWhere(d => !InPhrases(query, d));
        var partial = all.Count == 0 && keyWords.Count > 1 && query.PhraseCount == 0; // Quotes ask for those words exactly.
        var matched = partial ? matches.SelectMany(m => m.Keys).ToHashSet() : all;

        var scored = matched.Select(d => Score(d, matches, keyWords.Count)).ToList();
        var combos = index.Combos;
        bool Passes(int document, int skipGroup)
        {
            var combo = combos[index.DocumentCombos[document]];
            return (skipGroup == 0 || Any(filters.Types, [combo.Type], index.Facets.Types)) &&
                   (skipGroup == 1 || Any(filters.Nations, NationsOf(combo), index.Facets.Nations)) &&
                   (skipGroup == 2 || Any(filters.Topics, combo.Topics, index.Facets.Topics));
        }

        var hits = scored.Where(s => Passes(s.Document, -1))
            .OrderByDescending(s => partial ? s.Words : 0).ThenByDescending(s => s.Score).ThenBy(s => s.Document)
            .Select(s => new SearchHit(s.Document, s.Score))
            .ToList();
        return new SearchResults(hits,
            Count(matched, d => Passes(d, 0), c => [c.Type], index.Facets.Types),
            Count(matched, d => Passes(d, 1), NationsOf, index.Facets.Nations),
            Count(matched, d => Passes(d, 2), c => c.Topics, index.Facets.Topics))
        {
            Partial = partial,
            Corrections = corrections,
        };
    }

    /// <summary>A page's score: its words' scores, the title boost, scaled by its type's weight; and how many words it has.</summary>
    private (int Document, int Score, int Words) Score(int document, List<Dictionary<int, WordHit>> matches, int keyWordCount)
    {
        var sum = 0;
        var words = 0;
        var places = new List<int>();
        foreach (var match in matches)
        {
            if (match.TryGetValue(document, out var hit))
            {
                sum += hit.Score;
                words++;
                places.Add(hit.Title);
            }
        }

        var ranking = index.Ranking;
        var boost = words == keyWordCount ? TitleBoost(places) : 0;
        var type = index.Facets.Types[index.Combos[index.DocumentCombos[document]].Type].Id;
        return (document, (sum + boost) * ranking.TypeWeightOf(type) / 100, words);
    }

    private int TitleBoost(List<int> places)
    {
        if (places.Any(p => p == TitlePlace.None))
        {
            return 0;
        }

        var ranking = index.Ranking;
        var inOrder = places.Zip(places.Skip(1)).All(p => TitlePlace.IndexOf(p.Second) == TitlePlace.IndexOf(p.First) + 1);
        return ranking.TitleAllBoost +
            (inOrder && places.Count > 1 ? ranking.TitlePhraseBoost : 0) +
            (inOrder && places.Count == TitlePlace.LengthOf(places[0]) ? ranking.ExactTitleBoost : 0);
    }

    /// <summary>Pages matching one query word, with the word's best score on each.</summary>
    private Dictionary<int, WordHit> Match(QueryWord word, List<(string, string)> corrections)
    {
        var ranking = index.Ranking;
        var hits = new Dictionary<int, WordHit>();
        var exact = _terms.CandidatesOf(word.Word);
        foreach (var term in exact)
        {
            Offer(hits, index.PostingsOf(term), 1);
        }

        if (word.IsPrefix)
        {
            foreach (var term in index.TermsStartingWith(word.Word).Where(t => !exact.Contains(t)).Take(ranking.MaxPrefixTerms))
            {
                Offer(hits, index.PostingsOf(term), ranking.PrefixDivisor);
            }
        }

        if (word.Phrase >= 0)
        {
            return hits;
        }

        foreach (var alternative in SynonymsOf(word.Word))
        {
            OfferAll(hits, alternative, ranking.SynonymDivisor);
        }

        if (hits.Count == 0 && Correct(word.Word) is { } correction)
        {
            corrections.Add((word.Word, correction));
            foreach (var term in _terms.CandidatesOf(correction))
            {
                Offer(hits, index.PostingsOf(term), ranking.TypoDivisor);
            }
        }

        return hits;
    }

    /// <summary>The other alternatives of every synonym group that has the word (by its stem) as a one-word alternative.</summary>
    private IEnumerable<IReadOnlyList<string>> SynonymsOf(string word)
    {
        var stem = _terms.CandidatesOf(word)[0];
        foreach (var group in index.Synonyms)
        {
            if (group.Alternatives.Any(a => a.Count == 1 && _terms.CandidatesOf(a[0])[0] == stem))
            {
                foreach (var alternative in group.Alternatives.Where(a => a.Count > 1 || _terms.CandidatesOf(a[0])[0] != stem))
                {
                    yield return alternative;
                }
            }
        }
    }

    /// <summary>Offers the pages that have every (non-stop) word of a synonym, at the words' average score.</summary>
    private void OfferAll(Dictionary<int, WordHit> hits, IReadOnlyList<string> alternative, int divisor)
    {
        var words = new SearchQuery(alternative.Select(w => new QueryWord(w, -1, false)).ToList()).KeyWords;
        var each = words.Select(w =>
        {
            var found = new Dictionary<int, WordHit>();
            foreach (var term in _terms.CandidatesOf(w.Word))
            {
                Offer(found, index.PostingsOf(term), 1);
            }

            return found;
        }).ToList();
        foreach (var (document, first) in each[0])
        {
            if (each.All(e => e.ContainsKey(document)))
            {
                var score = each.Sum(e => e[document].Score) / each.Count / divisor;
                Better(hits, document, new WordHit(score, words.Count == 1 ? first.Title : TitlePlace.None));
            }
        }
    }

    /// <summary>
    /// The vocabulary word nearest a word that matched nothing: within one edit for 4+ letters, two for 8+; the
    /// closest, then the one on most pages, then the first in order. Only words with the same first letter are
    /// looked at, since the browser fetches the vocabulary by first letter. Numbers are not corrected.
    /// </summary>
    private string? Correct(string word)
    {
        var ranking = index.Ranking;
        if (word.Length < ranking.TypoMinLength || !word.Any(char.IsLetter) || StopWords.Contains(word))
        {
            return null;
        }

        var allowed = word.Length >= ranking.TypoTwoEditsLength ? 2 : 1;
        var first = SearchIndexPacker.FirstLetter(word);
        VocabularyWord? best = null;
        var bestDistance = allowed + 1;
        foreach (var candidate in index.Vocabulary)
        {
            if (Math.Abs(candidate.Word.Length - word.Length) > allowed || SearchIndexPacker.FirstLetter(candidate.Word) != first)
            {
                continue;
            }

            var distance = EditDistance.Between(word, candidate.Word);
            if (distance < bestDistance || (distance == bestDistance && best is { } b && candidate.Pages > b.Pages))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best?.Word;
    }

    private static void Offer(Dictionary<int, WordHit> hits, IReadOnlyList<Posting> postings, int divisor)
    {
        foreach (var posting in postings)
        {
            Better(hits, posting.Document, new WordHit(posting.Score / divisor, posting.Title));
        }
    }

    private static void Better(Dictionary<int, WordHit> hits, int document, WordHit hit)
    {
        if (!hits.TryGetValue(document, out var known) || hit.Score > known.Score)
        {
            hits[document] = hit;
        }
    }

    private bool InPhrases(SearchQuery query, int document)
    {
        for (var phrase = 0; phrase < query.PhraseCount; phrase++)
        {
            var positions = query.Words.Where(w => w.Phrase == phrase)
                .Select(w => _terms.CandidatesOf(w.Word)
                    .SelectMany(t => index.PostingsOf(t).Where(p => p.Document == document).SelectMany(p => index.PositionsOf(p).ToArray()))
                    .ToHashSet())
                .ToList();
            if (!positions[0].Any(start => positions.Select((set, k) => set.Contains(start + k)).All(found => found)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A page's nations for the nation filter: a UK-wide page is for every nation, so it stays when one is ticked.</summary>
    private IReadOnlyList<int> NationsOf(FacetCombo combo) =>
        _ukWide >= 0 && combo.Nations.Contains(_ukWide) ? Enumerable.Range(0, index.Facets.Nations.Count).ToList() : combo.Nations;

    private static bool Any(IReadOnlyList<string> selected, IReadOnlyList<int> values, IReadOnlyList<FacetValue> facet) =>
        selected.Count == 0 || values.Any(v => selected.Contains(facet[v].Id));

    private Dictionary<string, int> Count(IEnumerable<int> matched, Func<int, bool> passes, Func<FacetCombo, IReadOnlyList<int>> values, IReadOnlyList<FacetValue> facet)
    {
        var counts = facet.ToDictionary(f => f.Id, _ => 0, StringComparer.Ordinal);
        foreach (var document in matched)
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

    private static int IndexOfId(IReadOnlyList<FacetValue> values, string id)
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

    private static Dictionary<string, int> Empty() => new(StringComparer.Ordinal);
}
