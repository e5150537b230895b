using System.Text;
using System.Text.Json.Nodes;
using Movement.Core.Schema;

namespace Movement.Site.Api;

/// <summary>
/// The JSON Schema of what an author may write in a content type's front matter, for editors and tools: made
/// from the same definition that 'check' validates with, and held to agree with it (a file passes 'check'
/// exactly when its front matter, read as YAML, passes this schema). Unlike the API's output schema it takes
/// what authors write: unknown fields (a warning), an empty optional field, one value where a list is
/// expected, 'Yes' for true, a choice in any case. What needs other files (a download exists, a slug is free,
/// a related brief exists) is beyond a schema.
/// </summary>
public static class AuthoringSchema
{
    // A plain YAML scalar may be read as a string, a number or a boolean; 'check' reads each as text.
    private static readonly string[] Scalar = ["string", "number", "boolean"];

    private const string ValidDate =
        @"^(?:\d{4}-(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|\d{4}-(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|\d{4}-02-(?:0[1-9]|1\d|2[0-8])" +
        @"|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(?:[T ].*)?$";

    private static readonly string ValidDateAndTime =
        ValidDate.Replace(@"(?:[T ].*)?$", @"(?:[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?$", StringComparison.Ordinal);

    public static JsonObject For(ContentSchema schema, string id)
    {
        var result = ObjectOf(schema.Fields);
        result.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        result.Insert(1, "$id", id);
        result.Insert(2, "title", $"{schema.Label}: front matter as written");
        return result;
    }

    private static JsonObject ObjectOf(IReadOnlyList<FieldDefinition> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            var value = ValueOf(field);
            properties[field.Name] = field.IsRequired
                ? new JsonObject { ["allOf"] = new JsonArray(value, new JsonObject { ["not"] = Empty() }) }
                : new JsonObject { ["anyOf"] = new JsonArray(Empty(), value) };
        }

        var result = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = fields.Where(f => f.IsRequired).Select(f => (JsonNode)f.Name).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        return result; // Other fields are allowed: 'check' warns about them and goes on.
    }

    /// <summary>What 'check' treats as left empty: nothing, '' or [].</summary>
    private static JsonObject Empty() => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "null" },
            new JsonObject { ["const"] = "" },
            new JsonObject { ["type"] = "array", ["maxItems"] = 0 }),
    };

    /// <summary>A value given (not empty).</summary>
    private static JsonObject ValueOf(FieldDefinition field)
    {
        var value = field.Kind switch
        {
            FieldKind.Text or FieldKind.LongText => Text(field),
            FieldKind.Date => Matching(ValidDate),
            FieldKind.DateTime => Matching(ValidDateAndTime),
            FieldKind.Boolean => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, Matching(@"^(?:" + AnyCase("true") + "|" + AnyCase("yes") + "|" + AnyCase("false") + "|" + AnyCase("no") + ")$")) },
            FieldKind.Integer => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, Matching(@"^\s*[+-]?\d+\s*$")) },
            FieldKind.Url => Matching(@"^https?://[^\s/?#]+"),
            FieldKind.File => Matching(@"^(?!.*://)"),
            FieldKind.Choice => Choice(field),
            FieldKind.TextList => ListOf(Text(field)),
            FieldKind.ChoiceList => ListOf(Choice(field)),
            FieldKind.ObjectList => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = ObjectOf(field.Fields) },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "A field kind with no JSON Schema."),
        };
        value.Insert(0, "title", field.Label);
        return value;
    }

    private static JsonObject Text(FieldDefinition field)
    {
        var text = new JsonObject { ["type"] = Types(Scalar) };
        if (field.Pattern.Length > 0)
        {
            text["pattern"] = field.Pattern;
        }

        return text;
    }

    /// <summary>One value is read as a list of one; an empty item ('- ') is skipped.</summary>
    private static JsonObject ListOf(JsonObject item) => new()
    {
        ["anyOf"] = new JsonArray(
            item.DeepClone(),
            new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, item) },
            }),
    };

    /// <summary>'check' takes a choice in any case, with spaces for hyphens, and spaces around it.</summary>
    private static JsonObject Choice(FieldDefinition field) =>
        Matching(@"^\s*(?:" + string.Join("|", field.Choices.Select(AnyCase)) + @")\s*$");

    private static JsonObject Matching(string pattern) => new() { ["type"] = "string", ["pattern"] = pattern };

    private static string AnyCase(string word)
    {
        var pattern = new StringBuilder();
        foreach (var c in word)
        {
            pattern.Append(c switch
            {
                '-' => "[- ]",
                _ when char.IsAsciiLetter(c) => $"[{char.ToLowerInvariant(c)}{char.ToUpperInvariant(c)}]",
                _ when char.IsAsciiDigit(c) => c.ToString(),
                _ => "\\" + c,
            });
        }

        return pattern.ToString();
    }

    private static JsonArray Types(IEnumerable<string> types) => new([.. types.Select(t => (JsonNode)t)]);
}
