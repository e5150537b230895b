using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Movement.Site.Json;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipeline;
using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Feeds;
using Movement.Site.Listings;
using Movement.Site.Pipelines;
using Movement.Site.Taxonomies;

namespace Movement.Site.Api;

/// <summary>
/// Writes the content API under /api/v1/: an index of the types, a list and a JSON Schema per type,
/// one document per published item, and the members by nation and by type.
/// </summary>
public sealed class RenderApi(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var published = PublishedContent.Documents(context)
            .Select(d => (Item: d.Require(SiteKeys.Item), Fields: d.Require(SiteKeys.Fields)))
            .DistinctBy(p => p.Item.Url) // Two items claiming one address are reported by the checks; one document is enough.
            .ToList();
        var schemas = new ApiSchemas(site.Settings);
        var all = published.Select(p => p.Item).ToList();
        var files = new List<(string Url, byte[] Json)>
        {
            Write(ApiUrls.Index, () => Index(all), all),
            Write(ApiUrls.IndexSchema, schemas.Index),
            Write(ApiUrls.ListSchema, schemas.List),
        };

        foreach (var type in site.Types.All)
        {
            var items = Ordered(all.Where(i => i.Kind == type.Name)).ToList();
            files.Add(Write(ApiUrls.SchemaOf(type.Name), () => schemas.Item(type.Schema)));
            files.Add(Write(ApiUrls.AuthoringSchemaOf(type.Name), () => AuthoringSchema.For(type.Schema, site.Settings.AbsoluteUrl(ApiUrls.AuthoringSchemaOf(type.Name)))));
            files.Add(Write(ApiUrls.ListOf(type.Name), () => List(type.Name, type.Label, null, items), items));
        }

        // One document per item, the most of the API's work: written on every core, kept in address order.
        var itemFiles = published.OrderBy(p => p.Item.Url, StringComparer.Ordinal).ToArray();
        var itemDocuments = new (string Url, byte[] Json)[itemFiles.Length];
        Parallel.For(0, itemFiles.Length, i =>
        {
            var (item, fields) = itemFiles[i];
            itemDocuments[i] = Write(ApiUrls.ItemOf(item.Url), () => ItemDocument(item, fields), item, fields);
        });
        files.AddRange(itemDocuments);

        var members = all.OfType<Member>().AToZ().ToList();
        foreach (var nation in Nations.Ids)
        {
            var inNation = members.Where(m => m.Nations.Contains(nation)).ToList();
            files.Add(Write(ApiUrls.MembersInNation(nation), () => List("member", $"Members in {Nations.NameOf(nation)}", ("nation", nation), inNation), inNation));
        }

        foreach (var type in MemberTypes.Ids)
        {
            var ofType = members.Where(m => m.OrganisationType == type).ToList();
            files.Add(Write(ApiUrls.MembersOfType(type), () => List("member", $"Members: {MemberTypes.NameOf(type)}", ("member_type", type), ofType), ofType));
        }

        return Task.FromResult(inputs.AddRange(files.Select(f => new Document { Destination = SitePath.OutputFileForUrl(f.Url), Bytes = f.Json })));
    }

    /// <summary>
    /// A file of the API. The preview writes it again only when what it is made from changed (the settings and
    /// the schemas are the same for a whole session): an edited brief rewrites its document, the briefs list and the index.
    /// </summary>
    private (string Url, byte[] Json) Write(string url, Func<JsonNode> json, params object?[] madeFrom) =>
        (url, site.Caches.Reuse(site.Caches.ApiDocuments, () => SiteJson.WriteUtf8(json()), [url, .. madeFrom]));

    private JsonObject ItemDocument(ContentItem item, FieldValues fields)
    {
        var document = ApiEntry.Summary(item, site.Settings);
        document["front_matter"] = FrontMatterJson.From(site.Types.Named(item.Kind)!.Schema, fields);
        document["html"] = item.Body.Html;
        document["text"] = item.Body.PlainText;
        return document;
    }

    private JsonObject Index(IReadOnlyList<ContentItem> items)
    {
        var members = items.OfType<Member>().ToList();
        return new JsonObject
        {
            ["version"] = "1",
            ["site"] = new JsonObject { ["title"] = site.Settings.Title, ["description"] = site.Settings.Description, ["url"] = site.Settings.AbsoluteUrl("/") },
            ["types"] = new JsonArray(site.Types.All.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t.Name,
                ["label"] = t.Label,
                ["count"] = items.Count(i => i.Kind == t.Name),
                ["list"] = Absolute(ApiUrls.ListOf(t.Name)),
                ["schema"] = Absolute(ApiUrls.SchemaOf(t.Name)),
            }).ToArray()),
            ["members_by_nation"] = Filters(Nations.Ids, Nations.NameOf, n => members.Count(m => m.Nations.Contains(n)), ApiUrls.MembersInNation),
            ["members_by_type"] = Filters(MemberTypes.Ids, MemberTypes.NameOf, t => members.Count(m => m.OrganisationType == t), ApiUrls.MembersOfType),
            ["feeds"] = new JsonArray(SiteFeeds.For(site.Settings).SelectMany(f => f.Links()).Select(l => (JsonNode)new JsonObject
            {
                ["title"] = l.Title,
                ["format"] = l.Format,
                ["url"] = Absolute(l.Url),
            }).ToArray()),
            ["list_schema"] = Absolute(ApiUrls.ListSchema),
        };
    }

    private JsonArray Filters(IEnumerable<string> ids, Func<string, string> name, Func<string, int> count, Func<string, string> url) =>
        new(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["title"] = name(id), ["count"] = count(id), ["list"] = Absolute(url(id)) }).ToArray());

    private JsonObject List(string type, string label, (string Key, string Value)? filter, IEnumerable<ContentItem> items)
    {
        var entries = items.Select(i => (JsonNode)ApiEntry.Summary(i, site.Settings)).ToArray();
        var list = new JsonObject { ["type"] = type, ["label"] = label };
        if (filter is { } f)
        {
            list["filter"] = new JsonObject { [f.Key] = f.Value };
        }

        list["count"] = entries.Length;
        list["items"] = new JsonArray(entries);
        return list;
    }

    /// <summary>A type whose items all have dates lists newest first; members, pages and the rest A to Z.</summary>
    private static IEnumerable<ContentItem> Ordered(IEnumerable<ContentItem> items)
    {
        var list = items.ToList();
        return list.All(i => i.Date is not null) ? list.NewestFirst() : list.AToZ();
    }

    private string Absolute(string url) => site.Settings.AbsoluteUrl(url);
}
