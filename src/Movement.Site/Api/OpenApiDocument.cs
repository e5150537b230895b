using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Pipelines;

namespace Movement.Site.Api;

/// <summary>
/// An OpenAPI 3.1 description of the static API, for partners' client generators: every list and its pages,
/// each type's item documents (their addresses made from the same rules as the pages'), the taxonomies, the
/// index and the schema files. Written compact: it is read by tools, and stays small with many topics. The API's JSON Schemas are its components. A static site reads no query
/// string, so the only parameters are the parts of an address.
/// </summary>
public sealed partial class OpenApiDocument(SiteContext site, ApiSchemas schemas)
{
    public JsonObject Of()
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["type"] = [.. site.Types.All.Select(t => t.Name)],
            ["nation"] = Nations.Ids,
            ["member_type"] = MemberTypes.Ids,
            ["topic"] = [.. site.Settings.Topics.Select(t => t.Id)],
        };
        var paths = new JsonObject();
        Add(paths, values, ApiUrls.Index, "getIndex", "The index: every collection, taxonomy, feed and schema", "index");
        foreach (var type in site.Types.All)
        {
            var name = OperationName(type.Name);
            Add(paths, values, ApiUrls.ListOf(type.Name), $"get{name}List", $"{type.Label}: the first page of the list", "list");
            Add(paths, values, PagesOf(ApiUrls.ListOf(type.Name)), $"get{name}ListPage", $"{type.Label}: page 2 onwards, as 'links.next' gives", "list");
            var item = ApiUrls.ItemOf(type.UrlFor("{slug}", type.Pattern.Replace("*", "{year}", StringComparison.Ordinal)));
            Add(paths, values, item, $"get{name}", $"{type.Label}: one item", type.Name);
        }

        IReadOnlyList<(string Url, string Name, string Summary)> filtered =
        [
            (ApiUrls.MembersInNation("{nation}"), "MembersInNation", "Members in one nation"),
            (ApiUrls.MembersOfType("{member_type}"), "MembersOfType", "Members of one type"),
            (ApiUrls.TermOf(Taxonomy.Topic, "{topic}"), "Topic", "Everything on one topic, with the topic"),
            (ApiUrls.TermOf(Taxonomy.Nation, "{nation}"), "Nation", "Everything for one nation, with the nation"),
        ];
        foreach (var (url, name, summary) in filtered.Where(f => !f.Url.Contains("{topic}", StringComparison.Ordinal) || values["topic"].Count > 0))
        {
            Add(paths, values, url, $"get{name}", $"{summary}: the first page", "list");
            Add(paths, values, PagesOf(url), $"get{name}Page", $"{summary}: page 2 onwards, as 'links.next' gives", "list");
        }

        foreach (var taxonomy in Taxonomy.All)
        {
            Add(paths, values, ApiUrls.TaxonomyOf(taxonomy), $"get{OperationName(taxonomy)}Terms", $"{Taxonomy.LabelOf(taxonomy)}, with counts", "taxonomy");
        }

        foreach (var document in site.Types.All.SelectMany(t => t.Api.Documents))
        {
            Add(paths, values, document.Url, $"get{OperationName(document.Name)}", document.Title, document.Name);
        }

        Add(paths, values, ApiUrls.IndexSchema, "getIndexSchema", "JSON Schema of the index", null);
        Add(paths, values, ApiUrls.ListSchema, "getListSchema", "JSON Schema of a page of a list", null);
        Add(paths, values, ApiUrls.TaxonomySchema, "getTaxonomySchema", "JSON Schema of a taxonomy", null);
        Add(paths, values, ApiUrls.SchemaOf("{type}"), "getItemSchema", "JSON Schema of a type's item documents", null);
        Add(paths, values, ApiUrls.AuthoringSchemaOf("{type}"), "getAuthoringSchema", "JSON Schema of a type's front matter as authors write it", null);

        var components = new JsonObject
        {
            ["index"] = ApiSchemas.AsComponent(schemas.Index()),
            ["list"] = ApiSchemas.AsComponent(schemas.List()),
            ["taxonomy"] = ApiSchemas.AsComponent(schemas.Taxonomy()),
        };
        foreach (var type in site.Types.All)
        {
            components[type.Name] = ApiSchemas.AsComponent(schemas.Item(type.Schema));
            foreach (var document in type.Api.Documents)
            {
                components[document.Name] = ApiSchemas.AsComponent(schemas.Of(document));
            }
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = $"{site.Settings.Title}: content API",
                ["version"] = ApiIndex.Version,
                ["description"] = "Static JSON documents: start at /index.json and follow the links. Lists come page by page; every reference carries its id, its API document (url) and its page (html_url).",
            },
            ["jsonSchemaDialect"] = ApiSchemas.Dialect,
            ["servers"] = new JsonArray(new JsonObject { ["url"] = site.Settings.AbsoluteUrl(ApiUrls.Root.TrimEnd('/')) }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = components },
        };
    }

    private static string PagesOf(string firstPage) => ApiUrls.PageOf(firstPage, 2).Replace("/2.json", "/{page}.json", StringComparison.Ordinal);

    private static void Add(JsonObject paths, IReadOnlyDictionary<string, IReadOnlyList<string>> values, string url, string operationId, string summary, string? component)
    {
        var path = url[(ApiUrls.Root.Length - 1)..];
        var schema = component is null ? new JsonObject { ["type"] = "object", ["description"] = "A JSON Schema (draft 2020-12)" } : new JsonObject { ["$ref"] = $"#/components/schemas/{component}" };
        var operation = new JsonObject { ["operationId"] = operationId, ["summary"] = summary };
        var parameters = Parameter().Matches(path).Select(m => (JsonNode)new JsonObject
        {
            ["name"] = m.Groups[1].Value,
            ["in"] = "path",
            ["required"] = true,
            ["schema"] = m.Groups[1].Value == "page" ? new JsonObject { ["type"] = "integer", ["minimum"] = 2 }
                : values.TryGetValue(m.Groups[1].Value, out var known) ? new JsonObject { ["type"] = "string", ["enum"] = ApiEntry.Strings(known) }
                : new JsonObject { ["type"] = "string" },
        }).ToArray();
        if (parameters.Length > 0)
        {
            operation["parameters"] = new JsonArray(parameters);
        }

        operation["responses"] = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = summary,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
            },
        };
        paths[path] = new JsonObject { ["get"] = operation };
    }

    /// <summary>A name for code generators: "awareness-week" gives AwarenessWeek.</summary>
    private static string OperationName(string name) =>
        string.Concat(Word().Matches(name).Select(m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]));

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();
}
