namespace Movement.Site.Search;

/// <summary>
/// One page's entry for a term: its score for the term, where it stands in the title (<see cref="TitlePlace"/>)
/// and the term's number on that page, by which <see cref="SearchIndex.PositionsOf"/> finds where its words stand.
/// A value of four numbers, not an object: an index holds one for every (term, page) pair, millions on a large site.
/// </summary>
public readonly record struct Posting(int Document, int Score, int Title, int Term);
