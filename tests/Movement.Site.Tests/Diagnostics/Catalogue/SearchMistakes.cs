using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>Mistakes in site.yml's search synonyms.</summary>
public static class SearchMistakes
{
    /// <summary>site.yml with its two required lines and synonym entries from line 4 (the list starts on line 3), each entry's words on its own line.</summary>
    private static string Synonyms(params string[] entries) =>
        $"-- site.yml --\ntitle: T\nbase_url: https://t.example\nsearch_synonyms:\n{string.Concat(entries.Select(e => $"  - words: {e}\n"))}";

    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
        // A synonym is two or more ways of saying one thing; anything less finds nothing more.
        ["a_search_synonym_with_one_word"] = new(Synonyms("[IMHAW]"), "MV0650", "site.yml", 4, ["two or more", "words: [IMHAW"]) { MessageWords = ["has 1"] },
        ["a_search_synonym_that_repeats_one_word"] = new(Synonyms("[baby, babies]"), "MV0650", "site.yml", 4, ["two or more"]) { MessageWords = ["different"] },
        ["a_search_synonym_of_punctuation"] = new(Synonyms("[NHS, \"—\"]"), "MV0651", "site.yml", 4, ["word or phrase visitors type"]) { MessageWords = ["'—'", "no letters"] },
        ["a_search_synonym_of_stop_words"] = new(Synonyms("[NHS, the]"), "MV0652", "site.yml", 4, ["tells pages apart"]) { MessageWords = ["'the'"] },
        ["a_search_synonym_as_long_as_a_sentence"] = new(Synonyms("[PIRT, a team of specialists who help parents and babies get to know each other]"), "MV0652", "site.yml", 4, ["short word or name"]) { MessageWords = ["at most 8"] },
        ["a_word_in_two_search_synonyms"] = new(Synonyms("[baby, infant]", "[newborn, babies]"), "MV0653", "site.yml", 5, ["one entry", "remove it from the other"]) { MessageWords = ["'babies'", "line 4", "'baby'"] },
    };
}
