using Movement.Site.Content;

namespace Movement.Site.Listings;

/// <summary>Everything tagged with one topic or one nation.</summary>
public sealed record TaxonomyPage(string Taxonomy, string Id, string Title, string Summary, IReadOnlyList<ContentItem> Items);
