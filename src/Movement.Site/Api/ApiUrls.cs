namespace Movement.Site.Api;

/// <summary>
/// Where each part of the content API lives. An item's JSON mirrors its page's address, so a page URL
/// alone tells a partner where its data is: /briefs/x/ has /api/v1/content/briefs/x.json.
/// </summary>
public static class ApiUrls
{
    public const string Root = "/api/v1/";

    public const string Index = Root + "index.json";

    public const string IndexSchema = Root + "index.schema.json";

    public const string ListSchema = Root + "list.schema.json";

    public const string TaxonomySchema = Root + "taxonomy.schema.json";

    /// <summary>The OpenAPI description of the whole static API, for partners' client generators.</summary>
    public const string OpenApi = Root + "openapi.json";

    /// <summary>The terms of a taxonomy ("topic", "nation") with their counts.</summary>
    public static string TaxonomyOf(string taxonomy) => $"{Root}{taxonomy}/index.json";

    /// <summary>The first page of everything tagged with one term.</summary>
    public static string TermOf(string taxonomy, string id) => $"{Root}{taxonomy}/{id}.json";

    /// <summary>
    /// Page <paramref name="page"/> of a list whose first page is at <paramref name="firstPage"/>: the first page keeps
    /// the list's own address, the others sit beside it (/api/v1/news/index.json, /api/v1/news/page/2.json).
    /// </summary>
    public static string PageOf(string firstPage, int page)
    {
        if (page <= 1)
        {
            return firstPage;
        }

        var stem = firstPage[..^".json".Length];
        stem = stem.EndsWith("/index", StringComparison.Ordinal) ? stem[..^"/index".Length] : stem;
        return $"{stem}/page/{page}.json";
    }

    public static string ListOf(string type) => $"{Root}{type}/index.json";

    public static string SchemaOf(string type) => $"{Root}{type}/schema.json";

    /// <summary>What authors may write in the type's front matter, for editors and tools (the schema above is of the API's output).</summary>
    public static string AuthoringSchemaOf(string type) => $"{Root}{type}/authoring.schema.json";

    public static string ItemOf(string pageUrl) => Root + "content" + pageUrl.TrimEnd('/') + ".json";

    public static string MembersInNation(string nation) => $"{Root}member/nation/{nation}.json";

    public static string MembersOfType(string type) => $"{Root}member/type/{type}.json";

    /// <summary>The oEmbed answer for a page; static hosting cannot read a query string, so each page gets its own file.</summary>
    public static string OEmbedOf(string pageUrl) => Root + "oembed" + pageUrl.TrimEnd('/') + ".json";
}
