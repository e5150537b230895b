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

    /// <summary>
    /// The published items an item's document shows (a brief's related briefs, a week's resources). They are the
    /// only other items <see cref="Fields"/> is given, so a document cannot show an item it did not name here, and a
    /// kept document is made again whenever one of them changes.
    /// </summary>
    public Func<ContentItem, PublishedItems, IReadOnlyList<ContentItem>> Related { get; init; } = (_, _) => [];

    /// <summary>The fields an item's document adds after its body, given the items <see cref="Related"/> named and links to make addresses.</summary>
    public Func<ContentItem, IReadOnlyList<ContentItem>, ApiLinks, IEnumerable<(string Name, JsonNode? Value)>> Fields { get; init; } = (_, _, _) => [];

    /// <summary>Documents of the type's own, made from its published items.</summary>
    public IReadOnlyList<TypeDocument> Documents { get; init; } = [];
}
