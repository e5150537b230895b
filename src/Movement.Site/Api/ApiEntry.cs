using System.Globalization;
using System.Text.Json.Nodes;
using Movement.Site.Content;
using Movement.Site.Content.Members;

namespace Movement.Site.Api;

/// <summary>
/// The fields every list entry and every item document share: what, where, when and tagged how. An entry keeps
/// <c>url</c> (the page) and <c>api_url</c> as the API has always had them, and adds the reference fields
/// <c>id</c> and <c>html_url</c>; its tags are references.
/// </summary>
public static class ApiEntry
{
    public static JsonObject Summary(ContentItem item, ApiLinks links)
    {
        var entry = new JsonObject
        {
            ["id"] = ApiLinks.IdOf(item),
            ["type"] = item.Kind,
            ["title"] = item.Title,
            ["summary"] = item.Summary,
            ["url"] = links.Absolute(item.Url),
            ["html_url"] = links.Absolute(item.Url),
            ["path"] = item.Url,
            ["api_url"] = links.Absolute(ApiUrls.ItemOf(item.Url)),
        };
        if (item.Date is { } date)
        {
            entry["date"] = Iso(date);
        }

        if (item.Updated is { } updated)
        {
            entry["updated"] = Iso(updated);
        }

        entry["modified"] = ModifiedOf(item) is { } modified ? Iso(modified) : null;
        if (item.Translations.Count > 0)
        {
            // Every language version, its own included, so a partner can offer the reader the other language.
            entry["translations"] = new JsonArray([.. item.Translations.Select(t => (JsonNode)new JsonObject
            {
                ["lang"] = t.Lang,
                ["url"] = links.Absolute(t.Url),
                ["api_url"] = links.Absolute(ApiUrls.ItemOf(t.Url)),
            })]);
        }

        entry["topics"] = links.Topics(item.Topics);
        entry["nations"] = links.Nations(item.Nations);
        if (item is Member member)
        {
            entry["member_type"] = links.MemberType(member.OrganisationType);
        }

        entry["lang"] = item.Lang;
        return entry;
    }

    /// <summary>
    /// The last date the content says it changed: 'updated', else its date (a member's joining date), or none
    /// for an undated page. Taken from the content, never the clock, so an unchanged item keeps its date.
    /// </summary>
    public static DateOnly? ModifiedOf(ContentItem item) => item.Updated ?? item.Date ?? (item as Member)?.Joined;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
