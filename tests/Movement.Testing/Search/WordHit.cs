using Movement.Site.Search;

namespace Movement.Testing.Search;

/// <summary>How well one query word matched one page: its best score, and where the matching term stands in the title.</summary>
public readonly record struct WordHit(int Score, int Title);
