namespace Movement.Site.Search;

/// <summary>A term on one page: how often it stands in each field (small counts, as 16-bit numbers) and at which word positions.</summary>
public sealed record TermOccurrence(string Term, ushort[] Frequencies, IReadOnlyList<int> Positions);
