using System.Text.Json.Nodes;
using Movement.Site.Content;

namespace Movement.Site.Api;

/// <summary>
/// A list the API publishes page by page: a type's items, members by nation or type, or everything with one topic.
/// Its first page keeps the list's address.
/// </summary>
/// <param name="Type">The content type of every item, or null when the list mixes types (a topic's items).</param>
/// <param name="Filter">What the list is narrowed to, as the index offers it ("nation": "wales").</param>
/// <param name="Term">For a topic's or nation's list: the term, with its description and counts.</param>
public sealed record ApiCollection(string FirstPage, string Label, string? Type, (string Key, string Value)? Filter, JsonObject? Term, IReadOnlyList<ContentItem> Items)
{
    public int PageCount(int pageSize) => Math.Max(1, (Items.Count + pageSize - 1) / pageSize);

    public IReadOnlyList<ContentItem> ItemsOnPage(int page, int pageSize) => [.. Items.Skip((page - 1) * pageSize).Take(pageSize)];
}
