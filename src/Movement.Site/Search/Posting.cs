namespace Movement.Site.Search;

/// <summary>One page's entry for a term: its score for the term and where the term's words stand, for phrases.</summary>
public sealed record Posting(int Document, int Score, IReadOnlyList<int> Positions);
