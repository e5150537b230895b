using System.Globalization;
using System.Text.Json.Nodes;
using Movement.Core.Schema;

namespace Movement.Site.Api;

/// <summary>
/// An item's validated front matter as JSON, field by field in the schema's order. File references
/// become site addresses ("/files/brief.pdf"), the form a reader of the API can fetch.
/// </summary>
public static class FrontMatterJson
{
    public static JsonObject From(ContentSchema schema, FieldValues values) => ObjectOf(schema.Fields, values);

    private static JsonObject ObjectOf(IReadOnlyList<FieldDefinition> fields, FieldValues values)
    {
        var result = new JsonObject();
        foreach (var field in fields.Where(f => values.Has(f.Name)))
        {
            result[field.Name] = ValueOf(field, values);
        }

        return result;
    }

    private static JsonNode? ValueOf(FieldDefinition field, FieldValues values) => field.Kind switch
    {
        FieldKind.Date => values.Date(field.Name)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldKind.DateTime => values.DateAndTime(field.Name)!.Value.ToString(),
        FieldKind.Boolean => values.Boolean(field.Name),
        FieldKind.Integer => values.Integer(field.Name),
        FieldKind.File => "/" + values.RequiredText(field.Name),
        FieldKind.TextList or FieldKind.ChoiceList => new JsonArray(values.TextList(field.Name).Select(v => (JsonNode)v).ToArray()),
        FieldKind.ObjectList => new JsonArray(values.Objects(field.Name).Select(o => (JsonNode)ObjectOf(field.Fields, o)).ToArray()),
        _ => values.RequiredText(field.Name),
    };
}
