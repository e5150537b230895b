namespace Movement.Site.Rendering;

/// <summary>Breadcrumb trails from a page's URL: each section of the site has a name.</summary>
public static class Breadcrumbs
{
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["/briefs/"] = "Policy briefs",
        ["/news/"] = "News",
        ["/members/"] = "Members",
        ["/awareness-week/"] = "Awareness week",
        ["/theory-of-change/"] = "Theory of change",
        ["/topics/"] = "Topics",
        ["/nations/"] = "Nations",
    };

    public static IReadOnlyList<Crumb> For(string url, string title)
    {
        if (url == "/")
        {
            return [];
        }

        var crumbs = new List<Crumb> { new("Home", "/") };
        var segments = url.Trim('/').Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var prefix = "/" + string.Join('/', segments.Take(i)) + "/";
            if (Sections.TryGetValue(prefix, out var name))
            {
                crumbs.Add(new Crumb(name, prefix));
            }
            else if (i == 2 && segments[0] == "awareness-week")
            {
                crumbs.Add(new Crumb(segments[1], prefix));
            }
        }

        crumbs.Add(new Crumb(title, url));
        return crumbs;
    }
}
