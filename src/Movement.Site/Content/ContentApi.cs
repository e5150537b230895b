using System.Text.Json.Nodes;
using Movement.Site.Api;

namespace Movement.Site.Content;

/// <summary>
/// What a type adds to the content API beyond the entry, front matter and body every item document has: fields
/// of its own (a brief's asks, a week's resources) with their schemas, and documents of its own beside its list
/// (the tracker's governments). The API writes them for every type that has them, without knowing the types.
/// </summary>
public sealed record ContentApi
{
    /// <summary>The schemas of the fields below, in the order they are written; all of them are required.</summary>
    public Func<IReadOnlyList<(string Name, JsonNode Schema)>> FieldSchemas { get; init; } = () => [];

    /// <summary>The fields an item's document adds after its body, given links to make addresses and the items it points at.</summary>
    public Func<ContentItem, ApiLinks, ItemRelations, IEnumerable<(string Name, JsonNode? Value)>> Fields { get; init; } = (_, _, _) => [];

    /// <summary>Documents of the type's own, made from its published items.</summary>
    public IReadOnlyList<TypeDocument> Documents { get; init; } = [];
}
