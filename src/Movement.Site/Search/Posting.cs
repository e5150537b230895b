namespace Movement.Site.Search;

/// <summary>
/// One page's entry for a term: its score for the term, where it stands in the title (<see cref="TitlePlace"/>)
/// and where the term's words stand, for phrases.
/// </summary>
public sealed record Posting(int Document, int Score, int Title, IReadOnlyList<int> Positions);
