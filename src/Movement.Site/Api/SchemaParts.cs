using System.Text.Json.Nodes;

namespace Movement.Site.Api;

/// <summary>
/// The small JSON Schema shapes the API's schemas are built from, shared by the types that add parts of their
/// own to their documents: objects that allow nothing undeclared, references to other items, dates and addresses.
/// </summary>
public static class SchemaParts
{
    public static JsonObject Object(IReadOnlyList<(string Name, JsonNode Schema)> properties, IReadOnlyList<string> required)
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

    /// <summary>A reference to another thing of the API: its id, its API document and its page.</summary>
    public static JsonObject Reference(JsonObject id) =>
        Object([("id", id), ("type", Text("Content type, for items")), ("title", Text("Title")), ("url", Uri()), ("html_url", Uri())], ["id", "title", "url", "html_url"]);

    public static JsonObject ArrayOf(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    public static JsonObject Count(string description) => new() { ["type"] = "integer", ["minimum"] = 0, ["description"] = description };

    public static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    public static JsonObject Uri() => new() { ["type"] = "string", ["format"] = "uri" };

    public static JsonObject Date() => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" };

    public static JsonObject Enum(IEnumerable<string> values) => new() { ["type"] = "string", ["enum"] = ApiEntry.Strings(values) };
}
