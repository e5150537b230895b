using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Listings;
using Movement.Site.Pipelines;

namespace Movement.Site.Api;

/// <summary>
/// Writes the content API under /api/v1/: an index, every list page by page (each type's items, members by
/// nation and by type, everything by topic and by nation), one document per published item, the documents types add
/// of their own, the JSON Schemas and the OpenAPI description.
/// </summary>
/// <param name="writer">Makes each file's bytes; the preview passes one that keeps the files whose sources did not change.</param>
public sealed class RenderApi(SiteContext site, IApiFileWriter writer) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var published = PublishedContent.Documents(site.Types, context)
            .Select(d => (Item: d.Require(SiteKeys.Item), Fields: d.Require(SiteKeys.Fields)))
            .DistinctBy(p => p.Item.Url) // Two items claiming one address are reported by the checks; one document is enough.
            .ToList();
        var links = new ApiLinks(site.Settings);
        var schemas = new ApiSchemas(site.Settings, site.Types);
        var all = published.Select(p => p.Item).ToList();
        var taxonomies = new TaxonomyDocuments(site.Settings, links, all);
        var collections = Collections(all, taxonomies);
        var files = new List<(string Url, byte[] Json)>
        {
            Write(ApiUrls.Index, () => new ApiIndex(site, links).Of(all, collections), all),
            Write(ApiUrls.IndexSchema, schemas.Index),
            Write(ApiUrls.ListSchema, schemas.List),
            Write(ApiUrls.TaxonomySchema, schemas.Taxonomy),
            (ApiUrls.OpenApi, writer.WriteCompact(ApiUrls.OpenApi, () => new OpenApiDocument(site, schemas).Of(), [])), // Read by tools alone: compact.
        };

        foreach (var type in site.Types.All)
        {
            files.Add(Write(ApiUrls.SchemaOf(type.Name), () => schemas.Item(type.Schema)));
            files.Add(Write(ApiUrls.AuthoringSchemaOf(type.Name), () => AuthoringSchema.For(type.Schema, site.Settings.AbsoluteUrl(ApiUrls.AuthoringSchemaOf(type.Name)))));
        }

        foreach (var taxonomy in Taxonomy.All)
        {
            files.Add(Write(ApiUrls.TaxonomyOf(taxonomy), () => taxonomies.Index(taxonomy), all));
        }

        foreach (var type in site.Types.All)
        {
            var ofType = all.Where(i => i.Kind == type.Name).OrderBy(i => i.Url, StringComparer.Ordinal).ToList();
            foreach (var document in type.Api.Documents)
            {
                files.Add(Write(document.SchemaUrl, () => schemas.Of(document)));
                if (ofType.Count > 0) // A site with no tracker has no tracker pages for the document to link to.
                {
                    files.Add(Write(document.Url, () => schemas.Stamped(document.SchemaUrl, document.Document(ofType, links)), ofType));
                }
            }
        }

        // Pages of lists and item documents go to the output as they are written: 100,000 members make 100,000
        // documents and thousands of pages, never all held at once.
        Document Handed((string Url, byte[] Json) file) => context.HandOver(new Document { Destination = SitePath.OutputFileForUrl(file.Url), Bytes = file.Json });
        var pages = new List<Document>();
        var pageSize = site.Settings.ApiPageSize;
        foreach (var list in collections)
        {
            for (var page = 1; page <= list.PageCount(pageSize); page++)
            {
                var number = page;
                pages.Add(Handed(Write(ApiUrls.PageOf(list.FirstPage, page), () => ApiPage.Of(list, number, pageSize, links),
                    list.Label, list.Type, list.Filter?.Value, list.Term?.ToJsonString(), list.Items.Count, pageSize, list.ItemsOnPage(page, pageSize))));
            }
        }

        // One document per item, the most of the API's work: written on every core, kept in address order.
        var relations = new ItemRelations(site.Types, all);
        var itemDocument = new ItemDocument(links);
        var itemFiles = published.OrderBy(p => p.Item.Url, StringComparer.Ordinal).ToArray();
        var itemDocuments = new Document[itemFiles.Length];
        Parallel.For(0, itemFiles.Length, i =>
        {
            var (item, fields) = itemFiles[i];
            var related = relations.Of(item);
            itemDocuments[i] = Handed(Write(ApiUrls.ItemOf(item.Url), () => itemDocument.Of(item, site.Types.Require(item.Kind), fields, related), item, fields, related));
        });

        return Task.FromResult(inputs.AddRange(files.Select(Handed)).AddRange(pages).AddRange(itemDocuments));
    }

    /// <summary>Every list the API publishes page by page, in a fixed order.</summary>
    private List<ApiCollection> Collections(IReadOnlyList<ContentItem> all, TaxonomyDocuments taxonomies)
    {
        var collections = site.Types.All
            .Select(type => new ApiCollection(ApiUrls.ListOf(type.Name), type.Label, type.Name, null, null, Ordered(all.Where(i => i.Kind == type.Name))))
            .ToList();
        var members = all.OfType<Member>().AToZ().ToList();
        collections.AddRange(Nations.Ids.Select(nation => new ApiCollection(ApiUrls.MembersInNation(nation), $"Members in {Nations.NameOf(nation)}", "member",
            ("nation", nation), null, [.. members.Where(m => m.Nations.Contains(nation))])));
        collections.AddRange(MemberTypes.Ids.Select(type => new ApiCollection(ApiUrls.MembersOfType(type), $"Members: {MemberTypes.NameOf(type)}", "member",
            ("member_type", type), null, [.. members.Where(m => m.OrganisationType == type)])));
        collections.AddRange(Taxonomy.All.SelectMany(taxonomy => taxonomies.TermsOf(taxonomy).Select(term => taxonomies.ListOf(taxonomy, term))));
        return collections;
    }

    /// <summary>A file of the API, naming what it is made from besides the settings and the schemas (see <see cref="IApiFileWriter"/>).</summary>
    private (string Url, byte[] Json) Write(string url, Func<JsonNode> json, params object?[] madeFrom) => (url, writer.Write(url, json, madeFrom));

    /// <summary>A type whose items all have dates lists newest first; members, pages and the rest A to Z.</summary>
    private static IReadOnlyList<ContentItem> Ordered(IEnumerable<ContentItem> items)
    {
        var list = items.ToList();
        return [.. list.All(i => i.Date is not null) ? list.NewestFirst() : list.AToZ()];
    }
}
