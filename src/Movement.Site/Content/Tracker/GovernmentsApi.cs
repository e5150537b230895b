using System.Text.Json.Nodes;
using Movement.Site.Api;
using static Movement.Site.Api.SchemaParts;

namespace Movement.Site.Content.Tracker;

/// <summary>
/// The tracker seen by government, for a partner who follows one government rather than one ask: each of the
/// four with its filtered tracker page and, for every ask, its current position and history, newest first.
/// One document, as the tracker's whole table is small.
/// </summary>
public static class GovernmentsApi
{
    public const string Name = "government";

    public static TypeDocument Create() => new(Name, "The governments the tracker follows, with their positions on every ask", Schema, Document);

    private static JsonObject Document(IReadOnlyList<ContentItem> items, ApiLinks links)
    {
        var asks = items.OfType<TrackedAsk>().ToList();
        return new JsonObject
        {
            ["count"] = Governments.All.Count,
            ["governments"] = new JsonArray([.. Governments.All.Select(g => (JsonNode)new JsonObject
            {
                ["id"] = g.Id,
                ["name"] = g.Name,
                ["html_url"] = links.Absolute(TrackerBoard.UrlOf(g.Id, TrackerBoard.AnyStatus)),
                ["asks"] = new JsonArray([.. asks.Select(ask => (JsonNode)new JsonObject
                {
                    ["ask"] = links.Item(ask),
                    ["current"] = ask.CurrentOf(g.Id) is { } current ? AskApi.Entry(current, ask, links.Absolute) : null,
                    ["history"] = new JsonArray([.. ask.HistoryOf(g.Id).Select(e => (JsonNode)AskApi.Entry(e, ask, links.Absolute))]),
                })]),
            })]),
        };
    }

    private static (IReadOnlyList<(string, JsonNode)>, IReadOnlyList<string>) Schema() =>
    (
        [
            ("count", Count("How many governments")),
            ("governments", new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = Governments.All.Count,
                ["maxItems"] = Governments.All.Count,
                ["items"] = Object(
                    [
                        ("id", Enum(Governments.Ids)),
                        ("name", Enum(Governments.All.Select(g => g.Name))),
                        ("html_url", Uri()),
                        ("asks", ArrayOf(Object(
                            [
                                ("ask", Reference(Text("Ask id"))),
                                ("current", new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, AskApi.EntrySchema()) }),
                                ("history", ArrayOf(AskApi.EntrySchema())),
                            ],
                            ["ask", "current", "history"]))),
                    ],
                    ["id", "name", "html_url", "asks"]),
            }),
        ],
        ["count", "governments"]
    );
}
