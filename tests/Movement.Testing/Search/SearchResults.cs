using Movement.Site.Search;

namespace Movement.Testing.Search;

/// <summary>
/// The ranked pages that match a query and its filters, and for each filter value how many pages it would give.
/// <see cref="Partial"/> says no page had every word, so these are pages with some of them, most words first;
/// <see cref="Corrections"/> are the typed words that matched nothing and the words they were taken to mean.
/// </summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, int> TypeCounts,
    IReadOnlyDictionary<string, int> NationCounts,
    IReadOnlyDictionary<string, int> TopicCounts)
{
    public bool Partial { get; init; }

    public IReadOnlyList<(string Word, string Correction)> Corrections { get; init; } = [];
}
