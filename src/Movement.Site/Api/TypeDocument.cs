using System.Text.Json.Nodes;
using Movement.Site.Content;

namespace Movement.Site.Api;

/// <summary>
/// A document a type publishes beside its list (the tracker's governments), with its JSON Schema: listed in the
/// index's schemas and the OpenAPI description like the rest of the API.
/// </summary>
/// <param name="Name">Its short name, the folder under /api/v1/ and the OpenAPI component's name.</param>
/// <param name="Schema">Its properties and which are required, without $schema (added for every document).</param>
/// <param name="Document">Its properties from the type's published items (in address order) and the API's links.</param>
public sealed record TypeDocument(
    string Name,
    string Title,
    Func<(IReadOnlyList<(string Name, JsonNode Schema)> Properties, IReadOnlyList<string> Required)> Schema,
    Func<IReadOnlyList<ContentItem>, ApiLinks, JsonObject> Document)
{
    public string Url => ApiUrls.ListOf(Name);

    public string SchemaUrl => ApiUrls.SchemaOf(Name);
}
