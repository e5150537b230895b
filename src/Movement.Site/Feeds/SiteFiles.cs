namespace Movement.Site.Feeds;

/// <summary>Files at fixed places that crawlers look for.</summary>
public static class SiteFiles
{
    public const string Sitemap = "sitemap.xml";

    public const string Robots = "robots.txt";
}
