namespace Movement.Site.Search;

/// <summary>
/// One page's entry for a term: its score for the term, where it stands in the title (<see cref="TitlePlace"/>)
/// and where the term's words stand, for phrases.
/// A value, not an object: an index holds one for every (term, page) pair, millions on a large site.
/// </summary>
public readonly record struct Posting(int Document, int Score, int Title, IReadOnlyList<int> Positions);
