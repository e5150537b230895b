using System.Text.Json.Nodes;
using Movement.Site.Listings;
using static Movement.Site.Api.SchemaParts;

namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>What the API documents of weeks and their resources add: the week's resources, and each resource's week.</summary>
public static class AwarenessWeekApi
{
    public static ContentApi ForWeeks() => new()
    {
        FieldSchemas = () => [("resources", ArrayOf(Reference(Text("Resource id"))))],
        Related = (item, published) => item is AwarenessWeek week ? [.. published.OfType<PartnerResource>().Where(r => r.Year == week.Year).AToZ()] : [],
        Fields = (item, related, links) => item is AwarenessWeek ? [("resources", links.Items(related))] : [],
    };

    public static ContentApi ForResources() => new()
    {
        FieldSchemas = () => [("awareness_week", new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, Reference(Text("Week id"))) })],
        Related = (item, published) => item is PartnerResource resource && published.OfType<AwarenessWeek>().FirstOrDefault(w => w.Year == resource.Year) is { } week ? [week] : [],
        Fields = (item, related, links) => item is PartnerResource ? [("awareness_week", related.Count > 0 ? links.Item(related[0]) : null)] : [],
    };
}
