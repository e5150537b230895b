using Movement.Site.Content;

namespace Movement.Site.Api;

/// <summary>Every JSON Schema the API publishes, with a name for the index and the OpenAPI components.</summary>
public static class ApiSchemaFiles
{
    public static IReadOnlyList<ApiSchemaFile> All(ContentTypes types) =>
    [
        new ApiSchemaFile("index", "The API's index", ApiUrls.IndexSchema),
        new("list", "A page of a list of items", ApiUrls.ListSchema),
        new("taxonomy", "A taxonomy's terms", ApiUrls.TaxonomySchema),
        .. types.All.Select(t => new ApiSchemaFile(t.Name, $"{t.Label}: one item", ApiUrls.SchemaOf(t.Name))),
        .. types.All.Select(t => new ApiSchemaFile($"{t.Name}-authoring", $"{t.Label}: front matter as written", ApiUrls.AuthoringSchemaOf(t.Name))),
        .. types.All.SelectMany(t => t.Api.Documents).Select(d => new ApiSchemaFile(d.Name, d.Title, d.SchemaUrl)),
    ];
}
