namespace Movement.Site.Search;

/// <summary>The filter values a visitor ticked. Within one filter any ticked value matches; across filters all must.</summary>
public sealed record SearchFilters(IReadOnlyList<string> Types, IReadOnlyList<string> Nations, IReadOnlyList<string> Topics)
{
    public static SearchFilters None { get; } = new([], [], []);
}
