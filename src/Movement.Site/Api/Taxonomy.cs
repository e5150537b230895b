namespace Movement.Site.Api;

/// <summary>The taxonomies the API publishes, named as in their addresses (/api/v1/topic/, /topics/ for the pages).</summary>
public static class Taxonomy
{
    public const string Topic = "topic";

    public const string Nation = "nation";

    public static IReadOnlyList<string> All { get; } = [Topic, Nation];

    public static string LabelOf(string taxonomy) => taxonomy == Topic ? "Topics" : "Nations";

    /// <summary>The site's page listing the taxonomy's terms.</summary>
    public static string IndexPageOf(string taxonomy) => $"/{taxonomy}s/";

    /// <summary>The site's page of everything tagged with one term.</summary>
    public static string PageOf(string taxonomy, string id) => $"/{taxonomy}s/{id}/";
}
