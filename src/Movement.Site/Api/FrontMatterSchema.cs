using System.Text.Json.Nodes;
using Movement.Core.Schema;

namespace Movement.Site.Api;

/// <summary>
/// The JSON Schema of a content type's front matter, made from the same definition that validates
/// <c>input/</c>, so the published schema cannot drift from what the build accepts.
/// </summary>
public static class FrontMatterSchema
{
    public static JsonObject For(ContentSchema schema) => ObjectOf(schema.Label, schema.Fields);

    private static JsonObject ObjectOf(string title, IReadOnlyList<FieldDefinition> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Name] = PropertyOf(field);
        }

        var result = new JsonObject { ["title"] = title, ["type"] = "object", ["properties"] = properties };
        var required = fields.Where(f => f.IsRequired).Select(f => (JsonNode)f.Name).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        result["additionalProperties"] = false;
        return result;
    }

    private static JsonObject PropertyOf(FieldDefinition field)
    {
        var property = field.Kind switch
        {
            FieldKind.Text or FieldKind.LongText => new JsonObject { ["type"] = "string" },
            FieldKind.Date => Date(),
            FieldKind.DateTime => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$" },
            FieldKind.Boolean => new JsonObject { ["type"] = "boolean" },
            FieldKind.Integer => new JsonObject { ["type"] = "integer" },
            FieldKind.Url => new JsonObject { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://" },
            FieldKind.File => new JsonObject { ["type"] = "string", ["format"] = "uri-reference" },
            FieldKind.Choice => new JsonObject { ["type"] = "string", ["enum"] = Strings(field.Choices) },
            FieldKind.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            FieldKind.ChoiceList => new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(field.Choices) },
                ["uniqueItems"] = true,
            },
            FieldKind.ObjectList => new JsonObject { ["type"] = "array", ["items"] = ObjectOf(field.Label, field.Fields) },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "A field kind with no JSON Schema."),
        };

        // Title first reads better in the published file; JsonObject keeps insertion order.
        var titled = new JsonObject { ["title"] = field.Label };
        if (field.Description.Length > 0)
        {
            titled["description"] = field.Description;
        }

        foreach (var (key, value) in property.ToList())
        {
            property.Remove(key);
            titled[key] = value;
        }

        if (field.Example.Length > 0 && field.Kind is FieldKind.Text or FieldKind.LongText or FieldKind.Url or FieldKind.File or FieldKind.Date or FieldKind.DateTime)
        {
            titled["examples"] = new JsonArray(field.Example.Trim('"'));
        }

        return titled;
    }

    private static JsonObject Date() => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
