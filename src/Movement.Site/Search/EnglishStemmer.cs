using System;

namespace Movement.Site.Search;

/// <summary>
/// The Snowball English ("Porter2") stemmer, written from the published algorithm description.
/// </summary>
/// <remarks>
/// Follows the current (Snowball 3) revision, which the conformance vocabulary in the tests was made
/// with: more R1 prefixes, -ogist, and the -eed/-ing exceptions handled inside step 1b.
/// Stateless and thread-safe. It runs on every token of the site, so it works in a stack buffer
/// and returns the input instance when the word does not change.
/// </remarks>
public sealed class EnglishStemmer
{
    // Words up to this length (nearly all) are stemmed in a stack buffer; longer ones use the heap.
    private const int StackBufferLength = 64;

    // Bit n is set for the letter 'a' + n when it is a vowel: a e i o u y.
    private const uint VowelMask = (1u << 0) | (1u << 4) | (1u << 8) | (1u << 14) | (1u << 20) | (1u << 24);

    // R1 starts right after these stems, so that e.g. general/generous or universe/university are
    // not conflated.
    private static readonly string[] RegionPrefixes =
        ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    // Each step's rules are sorted by final letter and, within a letter, longest first, with an index
    // of where each final letter's rules start and end: a lookup compares only the few suffixes that
    // could end the word (scanning whole tables cost more than the rest of the stemmer), and the
    // first match is the longest, the only one a step may act on.
    private static readonly (string Suffix, string Replacement)[] Step2Rules = SortByFinalLetter(
    [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
        ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
        ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
        ("ogist", "og"), ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
    ]);

    private static readonly byte[] Step2Index = IndexByFinalLetter(Step2Rules);

    private static readonly (string Suffix, string Replacement)[] Step3Rules = SortByFinalLetter(
    [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ical", "ic"), ("ful", ""), ("ness", ""), ("ative", ""),
    ]);

    private static readonly byte[] Step3Index = IndexByFinalLetter(Step3Rules);

    private static readonly (string Suffix, string Replacement)[] Step4Rules = SortByFinalLetter(
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""),
        ("ant", ""), ("ement", ""), ("ment", ""), ("ent", ""), ("ism", ""), ("ate", ""), ("iti", ""),
        ("ous", ""), ("ive", ""), ("ize", ""), ("ion", ""),
    ]);

    private static readonly byte[] Step4Index = IndexByFinalLetter(Step4Rules);

    /// <summary>Returns the stem of <paramref name="word"/>, which must already be lower case.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        // The algorithm leaves words of one or two letters alone.
        if (word.Length < 3)
        {
            return word;
        }

        if (SpecialWord(word) is { } special)
        {
            return special;
        }

        Span<char> buffer = word.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : new char[word.Length];
        var stem = buffer[..StemInPlace(word, buffer)];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    // Stems word into buffer (never longer than word) and returns the stem's length.
    private static int StemInPlace(string word, Span<char> w)
    {
        // Prelude: drop one leading apostrophe; mark consonant y as Y so it is not taken for a vowel.
        var source = word.AsSpan(word[0] == '\'' ? 1 : 0);
        source.CopyTo(w);
        int len = source.Length;
        bool yFound = MarkConsonantY(w[..len]);
        MarkRegions(w[..len], out int p1, out int p2);

        len = Step1a(w, len);
        len = Step1b(w, len, p1);
        Step1c(w, len);
        len = Step2(w, len, p1);
        len = Step3(w, len, p1, p2);
        len = Step4(w, len, p2);
        len = Step5(w, len, p1, p2);

        // Postlude: Y only ever came from the prelude, so only then is it turned back.
        if (yFound)
        {
            w[..len].Replace('Y', 'y');
        }

        return len;
    }

    // Words the rules would get wrong, with their stems (or themselves when they stay as they are).
    private static string? SpecialWord(string word) => word switch
    {
        "skis" => "ski",
        "skies" => "sky",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word,
        _ => null,
    };

    // Y (a consonant y) is deliberately not a vowel. A bit test, as this runs for almost every letter.
    private static bool IsVowel(char c) => (uint)(c - 'a') < 26 && ((VowelMask >> (c - 'a')) & 1) != 0;

    // Initial y, and y after a vowel, act as consonants. Left to right, so in "ayy" only the first
    // y changes: the second follows a Y, which is no longer a vowel.
    private static bool MarkConsonantY(Span<char> w)
    {
        bool found = false;
        for (int i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1])))
            {
                w[i] = 'Y';
                found = true;
            }
        }

        return found;
    }

    // R1 starts after the first non-vowel that follows a vowel (or after one of a few prefixes whose
    // derived words would otherwise stem apart); R2 is the same rule applied again inside R1.
    private static void MarkRegions(ReadOnlySpan<char> w, out int p1, out int p2)
    {
        int prefix = RegionPrefixLength(w);
        p1 = prefix > 0 ? prefix : AfterVowelThenNonVowel(w, 0);
        p2 = AfterVowelThenNonVowel(w, p1);
    }

    private static int RegionPrefixLength(ReadOnlySpan<char> w)
    {
        foreach (string prefix in RegionPrefixes)
        {
            if (prefix[0] == w[0] && w.StartsWith(prefix))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    private static int AfterVowelThenNonVowel(ReadOnlySpan<char> w, int start)
    {
        for (int i = start + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    // A short syllable ends w[..end]: non-vowel, vowel, non-vowel other than w, x or Y;
    // or, at the very start of the word, vowel then non-vowel; or "past", which keeps
    // "pasted" and "pasting" with "paste" rather than "past".
    private static bool EndsInShortSyllable(ReadOnlySpan<char> w, int end)
    {
        if (w[..end].EndsWith("past"))
        {
            return true;
        }

        if (end == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        return end > 2
            && IsVowel(w[end - 2])
            && !IsVowel(w[end - 3])
            && w[end - 1] is not ('w' or 'x' or 'Y')
            && !IsVowel(w[end - 1]);
    }

    private static bool ContainsVowel(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    private static (string Suffix, string Replacement)[] SortByFinalLetter((string Suffix, string Replacement)[] rules)
    {
        Array.Sort(rules, static (a, b) => a.Suffix[^1] != b.Suffix[^1]
            ? a.Suffix[^1].CompareTo(b.Suffix[^1])
            : b.Suffix.Length.CompareTo(a.Suffix.Length));
        return rules;
    }

    // Entries 2n and 2n+1: the first rule whose suffix ends in letter 'a' + n, and one past its last.
    private static byte[] IndexByFinalLetter((string Suffix, string Replacement)[] rules)
    {
        byte[] index = new byte[52];
        for (int i = 0; i < rules.Length; i++)
        {
            int letter = rules[i].Suffix[^1] - 'a';
            if (index[(2 * letter) + 1] == 0)
            {
                index[2 * letter] = (byte)i;
            }

            index[(2 * letter) + 1] = (byte)(i + 1);
        }

        return index;
    }

    // Index of the longest rule whose suffix ends the word, or -1.
    private static int LongestSuffix(ReadOnlySpan<char> w, (string Suffix, string Replacement)[] rules, byte[] index)
    {
        uint letter = w.IsEmpty ? uint.MaxValue : (uint)(w[^1] - 'a');
        if (letter >= 26)
        {
            return -1;
        }

        for (int i = index[2 * letter], end = index[(2 * letter) + 1]; i < end; i++)
        {
            if (w.EndsWith(rules[i].Suffix))
            {
                return i;
            }
        }

        return -1;
    }

    // Swaps the last suffixLength characters for replacement, which is never longer.
    private static int Replace(Span<char> w, int len, int suffixLength, string replacement)
    {
        int start = len - suffixLength;
        replacement.CopyTo(w[start..]);
        return start + replacement.Length;
    }

    private static int Step1a(Span<char> w, int len)
    {
        // Step 0: the longest possessive ending, 's' or 's or a lone apostrophe.
        var word = w[..len];
        if (word.EndsWith("'s'"))
        {
            len -= 3;
        }
        else if (word.EndsWith("'s"))
        {
            len -= 2;
        }
        else if (word[^1] == '\'')
        {
            len -= 1;
        }

        // Only -s and -ied endings are handled here; most words are done with at once.
        if (len == 0 || w[len - 1] is not ('s' or 'd'))
        {
            return len;
        }

        word = w[..len];
        if (word.EndsWith("ied") || word.EndsWith("ies"))
        {
            // "cries" -> "cri" but "ties" -> "tie": a lone letter before keeps the e.
            return Replace(w, len, 3, len > 4 ? "i" : "ie");
        }

        if (word[^1] == 'd')
        {
            return len;
        }

        if (word.EndsWith("sses"))
        {
            return len - 2;
        }

        if (word.EndsWith("us") || word.EndsWith("ss"))
        {
            return len;
        }

        // Plural s goes only if a vowel comes before the letter preceding it ("gaps" but not "gas").
        return len > 2 && ContainsVowel(word[..^2]) ? len - 1 : len;
    }

    private static int Step1b(Span<char> w, int len, int p1)
    {
        // Every suffix of this step ends in d, g or y; most words are done with at once.
        if (len == 0 || w[len - 1] is not ('d' or 'g' or 'y'))
        {
            return len;
        }

        var word = w[..len];
        int suffixLength;
        if (word.EndsWith("eedly") || word.EndsWith("eed"))
        {
            suffixLength = word[^1] == 'y' ? 5 : 3;
            var stem = word[..^suffixLength];

            // proceed, exceed and succeed are not past participles.
            if (stem is "proc" or "exc" or "succ" || stem.Length < p1)
            {
                return len;
            }

            return Replace(w, len, suffixLength, "ee");
        }

        if (word.EndsWith("ingly") || word.EndsWith("edly"))
        {
            suffixLength = word[^4] == 'e' ? 4 : 5;
        }
        else if (word.EndsWith("ing"))
        {
            suffixLength = 3;
            var stem = word[..^3];

            // dying, lying, tying, vying, hying: the verb ends in "ie".
            if (stem.Length == 2 && stem[1] == 'y' && !IsVowel(stem[0]))
            {
                return Replace(w, len, 4, "ie");
            }

            // Nouns, not the -ing form of in, out, can, her, ear, even.
            if (stem is "inn" or "out" or "cann" or "herr" or "earr" or "even")
            {
                return len;
            }
        }
        else if (word.EndsWith("ed"))
        {
            suffixLength = 2;
        }
        else
        {
            return len;
        }

        if (!ContainsVowel(word[..^suffixLength]))
        {
            return len;
        }

        len -= suffixLength;
        word = w[..len];
        if (word.EndsWith("at") || word.EndsWith("bl") || word.EndsWith("iz"))
        {
            w[len] = 'e';
            return len + 1;
        }

        // Undouble ("hopp" -> "hop") only these doubles, and not in add, egg, off and the like.
        if (len >= 2 && word[^1] == word[^2] && word[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            return len == 3 && word[0] is 'a' or 'e' or 'o' ? len : len - 1;
        }

        // A short word (R1 empty, ends in a short syllable: "hop" from "hoped") gets its e back.
        if (len <= p1 && EndsInShortSyllable(word, len))
        {
            w[len] = 'e';
            return len + 1;
        }

        return len;
    }

    // y after a consonant, other than as the second letter, becomes i ("cry" -> "cri", "by" stays).
    private static void Step1c(Span<char> w, int len)
    {
        if (len > 2 && w[len - 1] is 'y' or 'Y' && !IsVowel(w[len - 2]))
        {
            w[len - 1] = 'i';
        }
    }

    private static int Step2(Span<char> w, int len, int p1)
    {
        int rule = LongestSuffix(w[..len], Step2Rules, Step2Index);
        if (rule < 0)
        {
            return len;
        }

        (string suffix, string replacement) = Step2Rules[rule];
        int start = len - suffix.Length;
        if (start < p1)
        {
            return len;
        }

        bool allowed = suffix switch
        {
            "ogi" => w[start - 1] == 'l',
            "li" => w[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't',
            _ => true,
        };
        return allowed ? Replace(w, len, suffix.Length, replacement) : len;
    }

    private static int Step3(Span<char> w, int len, int p1, int p2)
    {
        int rule = LongestSuffix(w[..len], Step3Rules, Step3Index);
        if (rule < 0)
        {
            return len;
        }

        (string suffix, string replacement) = Step3Rules[rule];
        int start = len - suffix.Length;
        if (start < p1 || (start < p2 && suffix == "ative"))
        {
            return len;
        }

        return Replace(w, len, suffix.Length, replacement);
    }

    private static int Step4(Span<char> w, int len, int p2)
    {
        int rule = LongestSuffix(w[..len], Step4Rules, Step4Index);
        if (rule < 0)
        {
            return len;
        }

        string suffix = Step4Rules[rule].Suffix;
        int start = len - suffix.Length;
        if (start < p2 || (suffix == "ion" && w[start - 1] is not ('s' or 't')))
        {
            return len;
        }

        return start;
    }

    private static int Step5(Span<char> w, int len, int p1, int p2)
    {
        if (len == 0)
        {
            return len;
        }

        int start = len - 1;
        return w[start] switch
        {
            'e' when start >= p2 || (start >= p1 && !EndsInShortSyllable(w, start)) => start,
            'l' when start >= p2 && start > 0 && w[start - 1] == 'l' => start,
            _ => len,
        };
    }
}
