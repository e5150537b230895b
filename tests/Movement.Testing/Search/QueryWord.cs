using Movement.Site.Search;

namespace Movement.Testing.Search;

/// <summary>A word of a query: which quoted phrase it belongs to (-1 for none), and whether it may be the start of a longer word.</summary>
public sealed record QueryWord(string Word, int Phrase, bool IsPrefix);
