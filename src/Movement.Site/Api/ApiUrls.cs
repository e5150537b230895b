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
