using Movement.Core.Diagnostics;
using Movement.Core.Schema;

namespace Movement.Site.Search;

/// <summary>
/// Reads site.yml's <c>search_synonyms</c>: each entry's <c>words</c> lists words or phrases that mean the same
/// to a visitor ("IMHAW" and "Infant Mental Health Awareness Week"). Reports an entry with fewer than two
/// (MV0650), one that no query could match (MV0651, MV0652) and a word already in another entry (MV0653).
/// </summary>
public static class SearchSynonymCheck
{
    /// <summary>Phrases longer than this are not synonyms but sentences: a page rarely has all their words.</summary>
    public const int MaxPhraseWords = 8;

    public static IReadOnlyList<SynonymGroup> From(IReadOnlyList<FieldValues> entries, IDiagnostics diagnostics)
    {
        var terms = new SearchTerms();
        var seen = new Dictionary<string, (SourceLocation Location, string Text)>(StringComparer.Ordinal);
        var groups = new List<SynonymGroup>();
        foreach (var entry in entries)
        {
            var location = entry.LocationOf("words");
            var alternatives = new List<IReadOnlyList<string>>();
            var stems = new Dictionary<string, string>(StringComparer.Ordinal); // A one-word alternative's stem, and the word as written.
            var unusable = false;
            foreach (var text in entry.TextList("words"))
            {
                var words = SearchTokeniser.Words(text);
                if (!Usable(text, words, location, diagnostics))
                {
                    unusable = true;
                }
                else if (words.Count > 1 || stems.TryAdd(terms.CandidatesOf(words[0])[0], text))
                {
                    alternatives.Add(words);
                }
            }

            if (alternatives.Count < 2)
            {
                if (entry.Has("words") && !unusable) // An unusable word was reported: that is the cause.
                {
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SynonymsTooFew, location,
                        $"A search synonym needs at least two different words or phrases that mean the same; this entry has {alternatives.Count}.",
                        "List two or more in one entry, e.g. 'words: [IMHAW, Infant Mental Health Awareness Week]', or remove the entry."));
                }

                continue;
            }

            foreach (var (stem, text) in stems)
            {
                if (!seen.TryAdd(stem, (location, text)))
                {
                    var (earlier, written) = seen[stem];
                    var same = written == text ? "" : $" (as '{written}', another form of the same word)";
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SynonymInTwoEntries, location,
                        $"'{text}' is already a search synonym in the entry on line {earlier.Line}{same}: a word can belong to only one entry.",
                        "Put every word that means the same in one entry's 'words' list and remove it from the other."));
                }
            }

            groups.Add(new SynonymGroup(alternatives));
        }

        return groups;
    }

    private static bool Usable(string text, List<string> words, SourceLocation location, IDiagnostics diagnostics)
    {
        if (words.Count == 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SynonymWithoutWords, location,
                $"The search synonym '{text}' has no letters or digits, so no search can match it.",
                "Write the word or phrase visitors type, such as 'IMHAW' or 'health visitor', or remove it from the list."));
            return false;
        }

        if (words.All(StopWords.Contains) || words.Count > MaxPhraseWords)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SynonymStopWordsOrLong, location,
                words.Count > MaxPhraseWords
                    ? $"The search synonym '{text}' has {words.Count} words; a synonym is a word or a short name of at most {MaxPhraseWords}."
                    : $"The search synonym '{text}' is made only of words search leaves out, such as 'the' and 'how'.",
                "Use the short word or name visitors type that tells pages apart, such as 'NHS' or 'health visitor'."));
            return false;
        }

        return true;
    }
}
