namespace Movement.Site.Search;

/// <summary>
/// A page's filter values, as indexes into the facet lists. Pages share few distinct combinations, so
/// postings carry a combination's number rather than the values: filter counts need no per-page download.
/// </summary>
public sealed record FacetCombo(int Type, IReadOnlyList<int> Nations, IReadOnlyList<int> Topics)
{
    public string Key => $"{Type}|{string.Join(',', Nations)}|{string.Join(',', Topics)}";
}
