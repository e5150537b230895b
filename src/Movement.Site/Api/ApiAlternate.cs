using Movement.Site.Content;
using Movement.Site.Metadata;
using Movement.Site.Rendering;

namespace Movement.Site.Api;

/// <summary>
/// The API document behind a page, for its &lt;link rel="alternate" type="application/json"&gt;: an item's page
/// has its item document, a type's listing (under its section) the first page of the type's list, the home page
/// the API's index.
/// </summary>
public static class ApiAlternate
{
    /// <returns>The document's site address, or null for a page with no data of its own (the 404 page, search).</returns>
    public static string? For(PageContext page, object model)
    {
        if (PageItem.Of(model) is { } item)
        {
            return ApiUrls.ItemOf(item.Url);
        }

        var parts = page.Url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            [] => ApiUrls.Index,
            ["members", "nation", var nation, ..] when Nations.Ids.Contains(nation) => ApiUrls.MembersInNation(nation),
            ["members", "type", var type, ..] => ApiUrls.MembersOfType(type),
            _ when page.Catalogue.Kinds.FirstOrDefault(k => k.Section.Length > 0 && page.Url.StartsWith(k.Section, StringComparison.Ordinal)) is { } kind
                => ApiUrls.ListOf(kind.Name),
            ["topics"] => ApiUrls.TaxonomyOf(Taxonomy.Topic),
            ["topics", var topic, ..] => ApiUrls.TermOf(Taxonomy.Topic, topic),
            ["nations"] => ApiUrls.TaxonomyOf(Taxonomy.Nation),
            ["nations", var nation, ..] => ApiUrls.TermOf(Taxonomy.Nation, nation),
            _ => null,
        };
    }
}
