using System.Text.Json.Nodes;
using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Settings;

namespace Movement.Site.Api;

/// <summary>
/// References from one API document to another thing: always an object with its stable <c>id</c>, <c>url</c> (its
/// API document) and <c>html_url</c> (its page), so a consumer follows links and never builds an address.
/// </summary>
public sealed class ApiLinks(SiteSettings settings)
{
    /// <summary>An item's stable id: its page's path ("briefs/five-calls"), which its API document's address mirrors.</summary>
    public static string IdOf(ContentItem item) => IdOf(item.Url);

    public static string IdOf(string pageUrl) => pageUrl.Trim('/');

    public JsonObject Item(ContentItem item) => Reference(IdOf(item), item.Title, ApiUrls.ItemOf(item.Url), item.Url, item.Kind);

    public JsonObject Topic(string id) => Reference(id, settings.TopicTitle(id), ApiUrls.TermOf(Taxonomy.Topic, id), Taxonomy.PageOf(Taxonomy.Topic, id));

    public JsonObject Nation(string id) => Reference(id, Movement.Site.Content.Nations.NameOf(id), ApiUrls.TermOf(Taxonomy.Nation, id), Taxonomy.PageOf(Taxonomy.Nation, id));

    public JsonObject MemberType(string id) => Reference(id, MemberTypes.NameOf(id), ApiUrls.MembersOfType(id), MembersOfTypePage(id));

    /// <summary>The member directory's page for one type; the site makes it only when a member has the type.</summary>
    public static string MembersOfTypePage(string id) => $"/members/type/{id}/";

    public static string MembersInNationPage(string id) => $"/members/nation/{id}/";

    public JsonArray Topics(IEnumerable<string> ids) => new([.. ids.Select(id => (JsonNode)Topic(id))]);

    public JsonArray Nations(IEnumerable<string> ids) => new([.. ids.Select(id => (JsonNode)Nation(id))]);

    public JsonArray Items(IEnumerable<ContentItem> items) => new([.. items.Select(i => (JsonNode)Item(i))]);

    public string Absolute(string url) => settings.AbsoluteUrl(url);

    private JsonObject Reference(string id, string title, string apiUrl, string pageUrl, string? type = null)
    {
        var reference = new JsonObject { ["id"] = id };
        if (type is not null)
        {
            reference["type"] = type;
        }

        reference["title"] = title;
        reference["url"] = settings.AbsoluteUrl(apiUrl);
        reference["html_url"] = settings.AbsoluteUrl(pageUrl);
        return reference;
    }
}
