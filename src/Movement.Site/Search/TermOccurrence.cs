namespace Movement.Site.Search;

/// <summary>A term on one page: how often it stands in each field, and at which word positions.</summary>
public sealed record TermOccurrence(string Term, double[] Frequencies, IReadOnlyList<int> Positions);
