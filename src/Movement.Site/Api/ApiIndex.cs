using System.Text.Json.Nodes;
using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Feeds;
using Movement.Site.Pipelines;

namespace Movement.Site.Api;

/// <summary>
/// The API's front door: its version, every collection with its size and schemas, the taxonomies, the member
/// filters, the feeds, the documents types add of their own, every schema and the OpenAPI description. A consumer needs no other address.
/// </summary>
public sealed class ApiIndex(SiteContext site, ApiLinks links)
{
    public const string Version = "1";

    public JsonObject Of(IReadOnlyList<ContentItem> items, IReadOnlyList<ApiCollection> collections)
    {
        var members = items.OfType<Member>().ToList();
        var pageSize = site.Settings.ApiPageSize;
        return new JsonObject
        {
            ["$schema"] = links.Absolute(ApiUrls.IndexSchema),
            ["version"] = Version,
            ["site"] = new JsonObject { ["title"] = site.Settings.Title, ["description"] = site.Settings.Description, ["url"] = links.Absolute("/") },
            ["page_size"] = pageSize,
            ["types"] = new JsonArray([.. site.Types.All.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t.Name,
                ["label"] = t.Label,
                ["count"] = items.Count(i => i.Kind == t.Name),
                ["pages"] = collections.Single(c => c.FirstPage == ApiUrls.ListOf(t.Name)).PageCount(pageSize),
                ["list"] = links.Absolute(ApiUrls.ListOf(t.Name)),
                ["schema"] = links.Absolute(ApiUrls.SchemaOf(t.Name)),
                ["authoring_schema"] = links.Absolute(ApiUrls.AuthoringSchemaOf(t.Name)),
            })]),
            ["taxonomies"] = new JsonArray([.. Taxonomy.All.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t,
                ["label"] = Taxonomy.LabelOf(t),
                ["url"] = links.Absolute(ApiUrls.TaxonomyOf(t)),
                ["html_url"] = links.Absolute(Taxonomy.IndexPageOf(t)),
            })]),
            ["members_by_nation"] = Filters(Nations.Ids, Nations.NameOf, n => members.Count(m => m.Nations.Contains(n)), ApiUrls.MembersInNation, ApiLinks.MembersInNationPage),
            ["members_by_type"] = Filters(MemberTypes.Ids, MemberTypes.NameOf, t => members.Count(m => m.OrganisationType == t), ApiUrls.MembersOfType, ApiLinks.MembersOfTypePage),
            ["feeds"] = new JsonArray([.. SiteFeeds.InEveryLanguage(site.Settings, site.Types).SelectMany(f => f.Links()).Select(l => (JsonNode)new JsonObject
            {
                ["title"] = l.Title,
                ["format"] = l.Format,
                ["url"] = links.Absolute(l.Url),
            })]),
            ["documents"] = new JsonArray([.. site.Types.All.Where(t => items.Any(i => i.Kind == t.Name)).SelectMany(t => t.Api.Documents).Select(d => (JsonNode)new JsonObject
            {
                ["name"] = d.Name,
                ["title"] = d.Title,
                ["url"] = links.Absolute(d.Url),
                ["schema"] = links.Absolute(d.SchemaUrl),
            })]),
            ["schemas"] = new JsonArray([.. ApiSchemaFiles.All(site.Types).Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["title"] = s.Title, ["url"] = links.Absolute(s.Url) })]),
            ["list_schema"] = links.Absolute(ApiUrls.ListSchema),
            ["openapi"] = links.Absolute(ApiUrls.OpenApi),
        };
    }

    /// <summary>
    /// The member lists by one filter: 'list' as the index has always had it, and the reference fields; 'html_url'
    /// only where there are members, as the site makes no page for a type no member has.
    /// </summary>
    private JsonArray Filters(IEnumerable<string> ids, Func<string, string> name, Func<string, int> count, Func<string, string> url, Func<string, string> page) =>
        new([.. ids.Select(id =>
        {
            var filter = new JsonObject
            {
                ["id"] = id,
                ["title"] = name(id),
                ["count"] = count(id),
                ["list"] = links.Absolute(url(id)),
                ["url"] = links.Absolute(url(id)),
            };
            if (count(id) > 0)
            {
                filter["html_url"] = links.Absolute(page(id));
            }

            return (JsonNode)filter;
        })]);
}
