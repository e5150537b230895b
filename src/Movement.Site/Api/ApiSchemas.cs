using System.Text.Json.Nodes;
using Movement.Core.Schema;
using Movement.Site.Settings;
using Movement.Site.Taxonomies;

namespace Movement.Site.Api;

/// <summary>
/// The JSON Schemas of the API's documents (draft 2020-12): the index, the lists, and each type's item
/// document, whose front matter part comes from the type's content schema.
/// </summary>
public sealed class ApiSchemas(SiteSettings settings)
{
    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    public JsonObject Item(ContentSchema schema)
    {
        IReadOnlyList<(string, JsonNode)> body =
        [
            ("front_matter", FrontMatterSchema.For(schema)),
            ("html", Text("The body rendered from Markdown to HTML")),
            ("text", Text("The body as plain text")),
        ];
        return Document(ApiUrls.SchemaOf(schema.Name), $"{schema.Label}: one item", Object([.. EntryProperties(schema.Name), .. body], [.. Required(schema.Name), "front_matter", "html", "text"]));
    }

    public JsonObject List() => Document(ApiUrls.ListSchema, "A list of content items", Object(
        [
            ("type", Text("The content type of every item")),
            ("label", Text("What the list holds")),
            ("filter", new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["nation"] = Enum(Nations.Ids), ["member_type"] = Text("A member type") },
                ["additionalProperties"] = false,
            }),
            ("count", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
            ("items", new JsonObject { ["type"] = "array", ["items"] = Object(EntryProperties(null), Required(null)) }),
        ], ["type", "label", "count", "items"]));

    public JsonObject Index() => Document(ApiUrls.IndexSchema, "The content API's index", Object(
        [
            ("version", new JsonObject { ["enum"] = new JsonArray("1") }),
            ("site", Object([("title", Text("Site title")), ("description", Text("Site description")), ("url", Uri())], ["title", "description", "url"])),
            ("types", new JsonObject
            {
                ["type"] = "array",
                ["items"] = Object(
                    [("name", Text("Type name")), ("label", Text("Type label")), ("count", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }), ("list", Uri()), ("schema", Uri())],
                    ["name", "label", "count", "list", "schema"]),
            }),
            ("members_by_nation", Filters()),
            ("members_by_type", Filters()),
            ("feeds", new JsonObject
            {
                ["type"] = "array",
                ["items"] = Object([("title", Text("Feed title")), ("format", Enum(["rss", "atom", "json"])), ("url", Uri())], ["title", "format", "url"]),
            }),
            ("list_schema", Uri()),
        ], ["version", "site", "types", "members_by_nation", "members_by_type", "feeds", "list_schema"]));

    private JsonObject Document(string url, string title, JsonObject body)
    {
        var schema = new JsonObject { ["$schema"] = Dialect, ["$id"] = settings.AbsoluteUrl(url), ["title"] = title };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            schema[key] = value;
        }

        return schema;
    }

    private static readonly string[] OptionalEntryFields = ["date", "updated", "member_type"];

    private IReadOnlyList<(string, JsonNode)> EntryProperties(string? type) =>
    [
        ("type", type is null ? Text("Content type") : new JsonObject { ["enum"] = new JsonArray(type) }),
        ("title", Text("Title")),
        ("summary", Text("Summary")),
        ("url", Uri()),
        ("path", new JsonObject { ["type"] = "string", ["pattern"] = "^/" }),
        ("api_url", Uri()),
        ("date", Date()),
        ("updated", Date()),
        ("topics", new JsonObject { ["type"] = "array", ["items"] = Enum(settings.Topics.Select(t => t.Id)) }),
        ("nations", new JsonObject { ["type"] = "array", ["items"] = Enum(Nations.Ids) }),
        ("member_type", Text("For members: the type of organisation")),
        ("lang", Enum(["en", "cy"])),
    ];

    private IReadOnlyList<string> Required(string? type) =>
        EntryProperties(type).Select(p => p.Item1).Where(n => !OptionalEntryFields.Contains(n)).ToList();

    private static JsonObject Object(IReadOnlyList<(string Name, JsonNode Schema)> properties, IReadOnlyList<string> required)
    {
        var map = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            map[name] = schema.DeepClone();
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = map,
            ["required"] = ApiEntry.Strings(required),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Filters() => new()
    {
        ["type"] = "array",
        ["items"] = Object([("id", Text("Identifier")), ("title", Text("Name")), ("count", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }), ("list", Uri())], ["id", "title", "count", "list"]),
    };

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject Uri() => new() { ["type"] = "string", ["format"] = "uri" };

    private static JsonObject Date() => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["type"] = "string", ["enum"] = ApiEntry.Strings(values) };
}
