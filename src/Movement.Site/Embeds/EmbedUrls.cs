using Movement.Site.Api;

namespace Movement.Site.Embeds;

/// <summary>
/// Where a resource's embed lives. The resource page's snippets point at these, so they are a contract:
/// /awareness-week/2025/resources/badge/ is embedded from /embed/awareness-week/2025/resources/badge/.
/// </summary>
public static class EmbedUrls
{
    public const string Prefix = "/embed";

    /// <summary>The script partners may include so our frames fit their cards; a fixed address, as partners paste it once.</summary>
    public const string FitScript = Prefix + "/fit.js";

    /// <summary>The theme's copy of that script, published under its fingerprinted name too.</summary>
    public const string FitScriptAsset = "js/embed-fit.js";

    public static string PageOf(string resourceUrl) => Prefix + resourceUrl;

    public static string OEmbedOf(string resourceUrl) => ApiUrls.OEmbedOf(resourceUrl);

    /// <summary>Whether a page address is an awareness-week resource's page: /awareness-week/&lt;year&gt;/resources/&lt;slug&gt;/.</summary>
    public static bool IsResourcePage(string url)
    {
        var segments = url.Trim('/').Split('/');
        return url.EndsWith('/') && segments is ["awareness-week", _, "resources", _];
    }
}
