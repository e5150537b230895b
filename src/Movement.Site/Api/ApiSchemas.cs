using System.Text.Json.Nodes;
using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Settings;
using static Movement.Site.Api.SchemaParts;

namespace Movement.Site.Api;

/// <summary>
/// The JSON Schemas of the API's documents (draft 2020-12): the index, a page of a list, a taxonomy, and each
/// type's item document, whose front matter part comes from the type's content schema.
/// </summary>
public sealed class ApiSchemas(SiteSettings settings, ContentTypes types)
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    public JsonObject Item(ContentSchema schema)
    {
        IReadOnlyList<(string, JsonNode)> body =
        [
            ("front_matter", FrontMatterSchema.For(schema)),
            ("html", Text("The body rendered from Markdown to HTML, every address in it absolute")),
            ("text", Text("The body as plain text")),
            .. Added(schema.Name),
        ];
        return Document(ApiUrls.SchemaOf(schema.Name), $"{schema.Label}: one item", Object(
            [("$schema", Uri()), .. EntryProperties(schema.Name), .. body],
            [.. Required(schema.Name), "$schema", "front_matter", "html", "text", .. Added(schema.Name).Select(r => r.Item1)]));
    }

    public JsonObject List() => Document(ApiUrls.ListSchema, "A page of a list of content items", Object(
        [
            ("$schema", Uri()),
            ("type", Text("The content type of every item, when the list holds one type")),
            ("label", Text("What the list holds")),
            ("filter", new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["nation"] = Enum(Nations.Ids), ["member_type"] = Text("A member type") },
                ["additionalProperties"] = false,
            }),
            ("term", Term()),
            ("count", Count("How many items the whole list holds, on every page")),
            ("page", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
            ("pages", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
            ("page_size", new JsonObject { ["type"] = "integer", ["minimum"] = ApiPageSizes.Smallest, ["maximum"] = ApiPageSizes.Largest }),
            ("links", Object([("self", Uri()), ("first", Uri()), ("last", Uri()), ("prev", Uri()), ("next", Uri())], ["self", "first", "last"])),
            ("items", new JsonObject { ["type"] = "array", ["maxItems"] = ApiPageSizes.Largest, ["items"] = Object(EntryProperties(null), Required(null)) }),
        ], ["$schema", "label", "count", "page", "pages", "page_size", "links", "items"]));

    public JsonObject Taxonomy() => Document(ApiUrls.TaxonomySchema, "A taxonomy's terms", Object(
        [
            ("$schema", Uri()),
            ("taxonomy", Enum(Api.Taxonomy.All)),
            ("label", Text("The taxonomy's name")),
            ("html_url", Uri()),
            ("count", Count("How many terms")),
            ("terms", new JsonObject { ["type"] = "array", ["items"] = Term() }),
        ], ["$schema", "taxonomy", "label", "html_url", "count", "terms"]));

    public JsonObject Index() => Document(ApiUrls.IndexSchema, "The content API's index", Object(
        [
            ("$schema", Uri()),
            ("version", new JsonObject { ["enum"] = new JsonArray(ApiIndex.Version) }),
            ("site", Object([("title", Text("Site title")), ("description", Text("Site description")), ("url", Uri())], ["title", "description", "url"])),
            ("page_size", new JsonObject { ["type"] = "integer", ["minimum"] = ApiPageSizes.Smallest, ["maximum"] = ApiPageSizes.Largest }),
            ("types", ArrayOf(Object(
                [("name", Text("Type name")), ("label", Text("Type label")), ("count", Count("Items of the type")), ("pages", Count("Pages of its list")),
                 ("list", Uri()), ("schema", Uri()), ("authoring_schema", Uri())],
                ["name", "label", "count", "pages", "list", "schema", "authoring_schema"]))),
            ("taxonomies", ArrayOf(Object([("name", Enum(Api.Taxonomy.All)), ("label", Text("Name")), ("url", Uri()), ("html_url", Uri())], ["name", "label", "url", "html_url"]))),
            ("members_by_nation", Filters()),
            ("members_by_type", Filters()),
            ("feeds", ArrayOf(Object([("title", Text("Feed title")), ("format", Enum(["rss", "atom", "json"])), ("url", Uri())], ["title", "format", "url"]))),
            ("documents", ArrayOf(Object([("name", Text("Short name")), ("title", Text("What it holds")), ("url", Uri()), ("schema", Uri())], ["name", "title", "url", "schema"]))),
            ("schemas", ArrayOf(Object([("name", Text("Short name")), ("title", Text("What it describes")), ("url", Uri())], ["name", "title", "url"]))),
            ("list_schema", Uri()),
            ("openapi", Uri()),
        ], ["$schema", "version", "site", "page_size", "types", "taxonomies", "members_by_nation", "members_by_type", "feeds", "documents", "schemas", "list_schema", "openapi"]));

    /// <summary>The schema without its own $schema and $id, as an OpenAPI component.</summary>
    public static JsonObject AsComponent(JsonObject schema)
    {
        var component = (JsonObject)schema.DeepClone();
        component.Remove("$schema");
        component.Remove("$id");
        return component;
    }

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

    private static readonly string[] OptionalEntryFields = ["date", "updated", "member_type", "translations"];

    private IReadOnlyList<(string, JsonNode)> EntryProperties(string? type) =>
    [
        ("id", Text("Stable identifier: the page's path without its slashes")),
        ("type", type is null ? Text("Content type") : new JsonObject { ["enum"] = new JsonArray(type) }),
        ("title", Text("Title")),
        ("summary", Text("Summary")),
        ("url", Uri()),
        ("html_url", Uri()),
        ("path", new JsonObject { ["type"] = "string", ["pattern"] = "^/" }),
        ("api_url", Uri()),
        ("date", Date()),
        ("updated", Date()),
        ("modified", new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date", ["description"] = "The last date the content says it changed; null for an undated page" }),
        ("topics", ArrayOf(Reference(Enum(settings.Topics.Select(t => t.Id))))),
        ("nations", ArrayOf(Reference(Enum(Nations.Ids)))),
        ("member_type", Reference(Text("For members: the type of organisation"))),
        ("lang", Enum(["en", "cy"])),
        ("translations", ArrayOf(Object(
            [("lang", Enum(["en", "cy"])), ("url", Uri()), ("api_url", Uri())],
            ["lang", "url", "api_url"]))),
    ];

    private IReadOnlyList<string> Required(string? type) =>
        EntryProperties(type).Select(p => p.Item1).Where(n => !OptionalEntryFields.Contains(n)).ToList();

    /// <summary>What a type's documents add to every item's (its own fields, see ContentApi).</summary>
    private IReadOnlyList<(string, JsonNode)> Added(string type) => types.Named(type)?.Api.FieldSchemas() ?? [];

    /// <summary>The schema of a type's own document.</summary>
    public JsonObject Of(TypeDocument document)
    {
        var (properties, required) = document.Schema();
        return Document(document.SchemaUrl, document.Title, Object([("$schema", Uri()), .. properties], ["$schema", .. required]));
    }

    /// <summary>A type's own document with its $schema first, as every document of the API has.</summary>
    public JsonObject Stamped(string schemaUrl, JsonObject body)
    {
        var document = new JsonObject { ["$schema"] = settings.AbsoluteUrl(schemaUrl) };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            document[key] = value;
        }

        return document;
    }

    private static JsonObject Term() => Object(
        [
            ("id", Text("Identifier")), ("title", Text("Name")), ("description", Text("What it covers")),
            ("count", Count("Items tagged with it")),
            ("counts", new JsonObject { ["type"] = "object", ["additionalProperties"] = Count("Items of one type") }),
            ("url", Uri()), ("html_url", Uri()),
        ], ["id", "title", "description", "count", "counts", "url", "html_url"]);

    private static JsonObject Filters() =>
        ArrayOf(Object([("id", Text("Identifier")), ("title", Text("Name")), ("count", Count("Members")), ("list", Uri()), ("url", Uri()), ("html_url", Uri())],
            ["id", "title", "count", "list", "url"]));

}
