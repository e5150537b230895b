namespace Movement.Site.Search;

/// <summary>
/// The search term of a Welsh word: its first consonant with every mutation undone, so "Gymru", "Nghymru" and
/// "Chymru" are all "cymru", and "blant", "mhlant" and "phlant" are all "plant". The browser's copy
/// (theme/wwwroot/js/welsh-mutations.js) follows the same table, and both are tested on one word list
/// (tests/Movement.Site.Tests/Languages/Data/welsh-mutations.tsv).
/// </summary>
/// <remarks>
/// Welsh mutates a word's first consonant after certain words: soft (c→g, p→b, t→d, g→dropped, b→f, d→dd, ll→l,
/// m→f, rh→r), nasal (c→ngh, p→mh, t→nh, g→ng, b→m, d→n) and aspirate (c→ch, p→ph, t→th). Without a dictionary a
/// mutated letter cannot say which radical it came from ("b" is a radical b or a softened p), so each family of
/// letters that mutate into one another becomes one letter: c, g, ch, ng, ngh → c; p, b, f, m, ph, mh → p;
/// t, d, dd, n, th, nh → t; ll, l → l; rh, r → r. The cost is that a few words differing only there meet ("mam"
/// and "pam"), which search can bear; the gain is that every mutated form finds its word. The one mutation not
/// undone is soft g, which drops the letter ("gwaith" becomes "waith"): nothing in "waith" says a letter went.
/// Words are given lower-cased and without accents (SearchTokeniser); words under three letters are left alone,
/// being mostly the short words that cause mutations rather than words anyone searches for.
/// </remarks>
public static class WelshMutations
{
    // Longest first: "ngh" before "ng", "ll" before "l", "ff" (a radical letter of its own) before "f".
    private static readonly (string Initial, string Key)[] Initials =
    [
        ("ngh", "c"), ("mh", "p"), ("nh", "t"), ("ng", "c"), ("ch", "c"), ("ph", "p"), ("th", "t"), ("dd", "t"),
        ("ff", "ff"), ("ll", "l"), ("rh", "r"),
        ("c", "c"), ("g", "c"), ("p", "p"), ("b", "p"), ("f", "p"), ("m", "p"), ("t", "t"), ("d", "t"), ("n", "t"),
        ("l", "l"), ("r", "r"),
    ];

    public const int MinLength = 3;

    public static string Key(string word)
    {
        if (word.Length < MinLength)
        {
            return word;
        }

        foreach (var (initial, key) in Initials)
        {
            if (word.StartsWith(initial, StringComparison.Ordinal))
            {
                return initial == key ? word : string.Concat(key, word.AsSpan(initial.Length));
            }
        }

        return word;
    }
}
