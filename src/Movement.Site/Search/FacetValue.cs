namespace Movement.Site.Search;

/// <summary>One value of a filter (a content type, a nation, a topic) and the name shown for it.</summary>
public sealed record FacetValue(string Id, string Label);
