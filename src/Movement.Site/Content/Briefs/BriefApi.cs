using System.Text.Json.Nodes;
using Movement.Site.Api;
using static Movement.Site.Api.SchemaParts;

namespace Movement.Site.Content.Briefs;

/// <summary>What a brief's API document adds: its numbered asks, each addressed on the brief's page, and its related briefs.</summary>
public static class BriefApi
{
    public static ContentApi Create() => new()
    {
        FieldSchemas = () =>
        [
            ("asks", ArrayOf(Object(
                [("id", Text("Stable identifier")), ("number", Count("The ask's number")), ("title", Text("Ask")), ("detail", Text("Detail")), ("html_url", Uri()), ("brief", Reference(Text("Brief id")))],
                ["id", "number", "title", "detail", "html_url", "brief"]))),
            ("related", ArrayOf(Reference(Text("Brief id")))),
        ],
        Related = (item, published) => item is PolicyBrief brief ? RelatedTo(brief, published) : [],
        Fields = (item, related, links) => item is PolicyBrief brief
            ?
            [
                ("asks", new JsonArray([.. brief.Asks.Select(ask => (JsonNode)Ask(brief, ask, links))])),
                ("related", links.Items(related)),
            ]
            : [],
    };

    /// <summary>The related briefs that are published, in the order the author gave.</summary>
    private static IReadOnlyList<ContentItem> RelatedTo(PolicyBrief brief, PublishedItems published) =>
        [.. brief.Related.Select(slug => published.At($"/briefs/{slug.Trim()}/")).OfType<PolicyBrief>().Distinct()];

    private static JsonObject Ask(PolicyBrief brief, PolicyAsk ask, ApiLinks links) => new()
    {
        ["id"] = $"{ApiLinks.IdOf(brief)}#{PolicyAsk.AnchorOf(ask.Number)}",
        ["number"] = ask.Number,
        ["title"] = ask.Title,
        ["detail"] = ask.Detail,
        ["html_url"] = links.Absolute($"{brief.Url}#{PolicyAsk.AnchorOf(ask.Number)}"),
        ["brief"] = links.Item(brief),
    };
}
