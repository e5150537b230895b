namespace Movement.Site.Search;

/// <summary>
/// Words too common to tell pages apart. A query leaves them out unless it has nothing else (or they are in
/// quotes), so "how can my organisation join" asks for organisation and join. They are still indexed, for
/// phrases. The list is written into the manifest, so the browser drops the same words.
/// </summary>
public static class StopWords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do",
        "does", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of",
        "on", "or", "our", "should", "so", "that", "the", "their", "them", "there", "they", "this", "to", "us", "was",
        "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
    ];

    private static readonly HashSet<string> Set = new(All, StringComparer.Ordinal);

    /// <summary>Whether a word (as the tokeniser gives it: lower case, no accents) is a stop word.</summary>
    public static bool Contains(string word) => Set.Contains(word);
}
