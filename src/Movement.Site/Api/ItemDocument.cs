using System.Text.Json.Nodes;
using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;

namespace Movement.Site.Api;

/// <summary>
/// One item's API document: its entry, its front matter as validated, its body as absolute HTML and as text, and
/// references to the items it belongs with.
/// </summary>
public sealed class ItemDocument(ApiLinks links, ItemRelations relations)
{
    /// <summary>The anchor of a brief's numbered ask on its page.</summary>
    public static string AskAnchor(int number) => $"policy-ask-{number}";

    public JsonObject Of(ContentItem item, ContentSchema schema, FieldValues fields)
    {
        var document = new JsonObject { ["$schema"] = links.Absolute(ApiUrls.SchemaOf(item.Kind)) };
        foreach (var (key, value) in ApiEntry.Summary(item, links).ToList())
        {
            document[key] = value?.DeepClone();
        }

        document["front_matter"] = FrontMatterJson.From(schema, fields);
        document["html"] = AbsoluteHtml.Of(item.Body.Html, links.Absolute(item.Url));
        document["text"] = item.Body.PlainText;
        switch (item)
        {
            case PolicyBrief brief:
                document["asks"] = new JsonArray([.. brief.Asks.Select(ask => (JsonNode)Ask(brief, ask))]);
                document["related"] = links.Items(relations.RelatedTo(brief));
                break;
            case AwarenessWeek week:
                document["resources"] = links.Items(relations.ResourcesOf(week));
                break;
            case Content.Tracker.TrackedAsk ask:
                foreach (var (key, value) in Content.Tracker.AskApi.Document(ask, links.Absolute))
                {
                    document[key] = value;
                }

                break;
            case PartnerResource resource:
                document["awareness_week"] = relations.WeekOf(resource) is { } itsWeek ? links.Item(itsWeek) : null;
                break;
        }

        return document;
    }

    private JsonObject Ask(PolicyBrief brief, PolicyAsk ask) => new()
    {
        ["id"] = $"{ApiLinks.IdOf(brief)}#{AskAnchor(ask.Number)}",
        ["number"] = ask.Number,
        ["title"] = ask.Title,
        ["detail"] = ask.Detail,
        ["html_url"] = links.Absolute($"{brief.Url}#{AskAnchor(ask.Number)}"),
        ["brief"] = links.Item(brief),
    };
}
