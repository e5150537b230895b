using Movement.Site.Content;

namespace Movement.Site.Rendering;

/// <summary>Items of one type that name the page's item (a member's events), under the type's plural label.</summary>
public sealed record ReferenceList(string Title, IReadOnlyList<ContentItem> Items);
