using System.Text.Json.Nodes;
using static Movement.Site.Api.SchemaParts;

namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>What the API documents of weeks and their resources add: the week's resources, and each resource's week.</summary>
public static class AwarenessWeekApi
{
    public static ContentApi ForWeeks() => new()
    {
        FieldSchemas = () => [("resources", ArrayOf(Reference(Text("Resource id"))))],
        Fields = (item, links, relations) => item is AwarenessWeek week ? [("resources", links.Items(relations.ResourcesOf(week)))] : [],
    };

    public static ContentApi ForResources() => new()
    {
        FieldSchemas = () => [("awareness_week", new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, Reference(Text("Week id"))) })],
        Fields = (item, links, relations) => item is PartnerResource resource
            ? [("awareness_week", relations.WeekOf(resource) is { } week ? links.Item(week) : null)]
            : [],
    };
}
