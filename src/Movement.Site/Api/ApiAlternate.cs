using Movement.Site.Metadata;
using Movement.Site.Taxonomies;

namespace Movement.Site.Api;

/// <summary>
/// The API document behind a page, for its &lt;link rel="alternate" type="application/json"&gt;: an item's page
/// has its item document, a listing the first page of the same list, the home page the API's index.
/// </summary>
public static class ApiAlternate
{
    /// <returns>The document's site address, or null for a page with no data of its own (the 404 page, search).</returns>
    public static string? For(string pageUrl, object model)
    {
        if (PageItem.Of(model) is { } item)
        {
            return ApiUrls.ItemOf(item.Url);
        }

        var parts = pageUrl.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            [] => ApiUrls.Index,
            ["news", ..] => ApiUrls.ListOf("news"),
            ["briefs"] => ApiUrls.ListOf("brief"),
            ["awareness-week"] => ApiUrls.ListOf("awareness-week"),
            ["theory-of-change"] => ApiUrls.ListOf("theory-of-change"),
            ["members", "nation", var nation, ..] when Nations.Ids.Contains(nation) => ApiUrls.MembersInNation(nation),
            ["members", "type", var type, ..] => ApiUrls.MembersOfType(type),
            ["members", ..] => ApiUrls.ListOf("member"),
            ["topics"] => ApiUrls.TaxonomyOf(Taxonomy.Topic),
            ["topics", var topic, ..] => ApiUrls.TermOf(Taxonomy.Topic, topic),
            ["nations"] => ApiUrls.TaxonomyOf(Taxonomy.Nation),
            ["nations", var nation, ..] => ApiUrls.TermOf(Taxonomy.Nation, nation),
            _ => null,
        };
    }
}
