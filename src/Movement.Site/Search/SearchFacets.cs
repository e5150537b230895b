using Movement.Site.Content;

namespace Movement.Site.Search;

/// <summary>The filters a search offers: content type, nation and topic, in display order.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Types, IReadOnlyList<FacetValue> Nations, IReadOnlyList<FacetValue> Topics)
{
    /// <summary>Content types in the order the filter lists them, with the names results show them by.</summary>
    public static IReadOnlyList<FacetValue> TypesOf(ContentTypes types) => [.. types.InSearchOrder.Select(t => new FacetValue(t.Name, t.Labels.One))];
}
