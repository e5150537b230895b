namespace Movement.Site.Search;

/// <summary>The filters a search offers: content type, nation and topic, in display order.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Types, IReadOnlyList<FacetValue> Nations, IReadOnlyList<FacetValue> Topics)
{
    /// <summary>Content types in the order the filter lists them, with the names results show them by.</summary>
    public static IReadOnlyList<FacetValue> ContentTypes { get; } =
    [
        new("brief", "Policy brief"),
        new("news", "News"),
        new("member", "Member"),
        new("page", "Page"),
        new("theory-of-change", "Theory of change"),
        new("awareness-week", "Awareness week"),
        new("resource", "Resource"),
    ];
}
