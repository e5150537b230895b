namespace Movement.Site.Search;

/// <summary>The ranked pages that match a query and its filters, and for each filter value how many pages it would give.</summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, int> TypeCounts,
    IReadOnlyDictionary<string, int> NationCounts,
    IReadOnlyDictionary<string, int> TopicCounts);
