using System.Globalization;
using System.Text.Json.Nodes;
using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Settings;

namespace Movement.Site.Api;

/// <summary>The fields every listing and every item document share: what, where, when and tagged how.</summary>
public static class ApiEntry
{
    public static JsonObject Summary(ContentItem item, SiteSettings settings)
    {
        var entry = new JsonObject
        {
            ["type"] = item.Kind,
            ["title"] = item.Title,
            ["summary"] = item.Summary,
            ["url"] = settings.AbsoluteUrl(item.Url),
            ["path"] = item.Url,
            ["api_url"] = settings.AbsoluteUrl(ApiUrls.ItemOf(item.Url)),
        };
        if (item.Date is { } date)
        {
            entry["date"] = Iso(date);
        }

        if (item.Updated is { } updated)
        {
            entry["updated"] = Iso(updated);
        }

        entry["topics"] = Strings(item.Topics);
        entry["nations"] = Strings(item.Nations);
        if (item is Member member)
        {
            entry["member_type"] = member.OrganisationType;
        }

        entry["lang"] = item.Lang;
        return entry;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
