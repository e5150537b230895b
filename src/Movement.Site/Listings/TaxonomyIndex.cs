namespace Movement.Site.Listings;

/// <summary>All topics (or nations) with how much is tagged with each.</summary>
public sealed record TaxonomyIndex(string Taxonomy, IReadOnlyList<FilterOption> Terms);
