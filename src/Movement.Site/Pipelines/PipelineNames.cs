namespace Movement.Site.Pipelines;

public static class PipelineNames
{
    public const string Listings = "Listings";
    public const string Search = "Search";
    public const string Aliases = "Aliases";
    public const string Assets = "Assets";
    public const string Checks = "Checks";
    public const string Api = "Api";
    public const string Feeds = "Feeds";
    public const string Embeds = "Embeds";
    public const string Netlify = "Netlify";
    public const string Cms = "Cms";
    public const string SocialCards = "SocialCards";
}
