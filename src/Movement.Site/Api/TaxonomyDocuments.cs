using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Movement.Site.Content;
using Movement.Site.Listings;
using Movement.Site.Settings;

namespace Movement.Site.Api;

/// <summary>
/// The topics and the nations as the API publishes them: each taxonomy's terms with their titles, descriptions
/// and counts, and for each term a list, page by page, of everything tagged with it.
/// </summary>
public sealed class TaxonomyDocuments(SiteSettings settings, ApiLinks links, IReadOnlyList<ContentItem> published)
{
    public IReadOnlyList<(string Id, string Title, string Description)> TermsOf(string taxonomy) => taxonomy == Taxonomy.Topic
        ? [.. settings.Topics.Select(t => (t.Id, t.Title, t.Summary))]
        : [.. Nations.Ids.Select(n => (n, Nations.NameOf(n), $"Briefs, news and members for {Nations.NameOf(n)}."))];

    // Each term's items are asked for by its list, by its entry in the index and by its count: found and sorted once.
    private readonly ConcurrentDictionary<(string Taxonomy, string Id), IReadOnlyList<ContentItem>> _tagged = new();

    public IReadOnlyList<ContentItem> TaggedWith(string taxonomy, string id) => _tagged.GetOrAdd((taxonomy, id), key =>
        [.. published.Where(i => (key.Taxonomy == Taxonomy.Topic ? i.Topics : i.Nations).Contains(key.Id)).NewestFirst()]);

    public JsonObject Index(string taxonomy)
    {
        var terms = TermsOf(taxonomy);
        return new JsonObject
        {
            ["$schema"] = links.Absolute(ApiUrls.TaxonomySchema),
            ["taxonomy"] = taxonomy,
            ["label"] = Taxonomy.LabelOf(taxonomy),
            ["html_url"] = links.Absolute(Taxonomy.IndexPageOf(taxonomy)),
            ["count"] = terms.Count,
            ["terms"] = new JsonArray([.. terms.Select(t => (JsonNode)Term(taxonomy, t))]),
        };
    }

    public ApiCollection ListOf(string taxonomy, (string Id, string Title, string Description) term) =>
        new(ApiUrls.TermOf(taxonomy, term.Id), term.Title, null, null, Term(taxonomy, term), TaggedWith(taxonomy, term.Id));

    /// <summary>A term with what is tagged with it, counted in all and by content type.</summary>
    public JsonObject Term(string taxonomy, (string Id, string Title, string Description) term)
    {
        var tagged = TaggedWith(taxonomy, term.Id);
        var counts = new JsonObject();
        foreach (var group in tagged.GroupBy(i => i.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            counts[group.Key] = group.Count();
        }

        return new JsonObject
        {
            ["id"] = term.Id,
            ["title"] = term.Title,
            ["description"] = term.Description,
            ["count"] = tagged.Count,
            ["counts"] = counts,
            ["url"] = links.Absolute(ApiUrls.TermOf(taxonomy, term.Id)),
            ["html_url"] = links.Absolute(Taxonomy.PageOf(taxonomy, term.Id)),
        };
    }
}
