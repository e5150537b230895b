using System.Globalization;
using System.Text.Json.Nodes;

namespace Movement.Site.Content.Tracker;

/// <summary>
/// What an ask's API document adds to its entry and front matter: the ask's place in its brief, and for each of
/// the four governments its name, its current position and its history, newest first, with evidence. The schema
/// is written beside the document so the two change together. The governments' own document is beside it.
/// </summary>
public static class AskApi
{
    public static ContentApi Create() => new()
    {
        FieldSchemas = Schema,
        Fields = (item, _, links) => item is TrackedAsk ask ? Document(ask, links.Absolute) : [],
        Documents = [GovernmentsApi.Create()],
    };

    public static IReadOnlyList<(string Name, JsonNode? Value)> Document(TrackedAsk ask, Func<string, string> absolute) =>
    [
        ("ask", new JsonObject
        {
            ["id"] = ask.AskId,
            ["number"] = ask.Number,
            ["brief_title"] = ask.BriefTitle,
            ["brief_html_url"] = absolute(ask.BriefAnchorUrl),
        }),
        ("governments", new JsonArray([.. Governments.All.Select(g => (JsonNode)new JsonObject
        {
            ["id"] = g.Id,
            ["name"] = g.Name,
            ["current"] = ask.CurrentOf(g.Id) is { } current ? Entry(current, ask, absolute) : null,
            ["history"] = new JsonArray([.. ask.HistoryOf(g.Id).Select(e => (JsonNode)Entry(e, ask, absolute))]),
        })])),
    ];

    public static IReadOnlyList<(string Name, JsonNode Schema)> Schema() =>
    [
        ("ask", Object(new()
        {
            ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = Slugs.Pattern, ["description"] = "The ask's id, kept when its brief is renamed" },
            ["number"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
            ["brief_title"] = Text(),
            ["brief_html_url"] = Uri(),
        })),
        ("governments", new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = Governments.All.Count,
            ["maxItems"] = Governments.All.Count,
            ["items"] = Object(new()
            {
                ["id"] = Enum(Governments.Ids),
                ["name"] = Enum(Governments.All.Select(g => g.Name)),
                ["current"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, EntrySchema()) },
                ["history"] = new JsonObject { ["type"] = "array", ["items"] = EntrySchema() },
            }),
        }),
    ];

    public static JsonObject Entry(PositionEntry entry, TrackedAsk ask, Func<string, string> absolute) => new()
    {
        ["date"] = Iso(entry.Date),
        ["commitment"] = entry.Commitment,
        ["delivery"] = entry.Delivery,
        ["note"] = entry.Note,
        ["illustrative"] = entry.Illustrative,
        ["html_url"] = absolute($"{ask.Url}#{entry.Anchor}"),
        ["evidence"] = new JsonArray([.. entry.Evidence.Select(e => (JsonNode)new JsonObject
        {
            ["title"] = e.Title,
            ["publisher"] = e.Publisher,
            ["date"] = Iso(e.Date),
            ["link"] = e.Link,
        })]),
    };

    public static JsonObject EntrySchema() => Object(new()
    {
        ["date"] = Date(),
        ["commitment"] = Enum(Positions.Commitments),
        ["delivery"] = Enum(Positions.Deliveries),
        ["note"] = Text(),
        ["illustrative"] = new JsonObject { ["type"] = "boolean", ["description"] = "An example written for the demonstration site, not a checked record" },
        ["html_url"] = Uri(),
        ["evidence"] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = Object(new() { ["title"] = Text(), ["publisher"] = Text(), ["date"] = Date(), ["link"] = Uri() }),
        },
    });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Every property required and no other allowed: the document is generated, so any drift is a fault to catch.
    private static JsonObject Object(JsonObject properties) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]),
        ["additionalProperties"] = false,
        ["properties"] = properties,
    };

    private static JsonObject Text() => new() { ["type"] = "string" };

    private static JsonObject Uri() => new() { ["type"] = "string", ["format"] = "uri" };

    private static JsonObject Date() => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };
}
