using Movement.Site.Feeds;

namespace Movement.Site.Pipelines;

/// <summary>News and brief feeds in three formats; the sitemap and robots.txt once every page is known.</summary>
public sealed class FeedsPipeline : Core.Pipeline.Pipeline
{
    public FeedsPipeline(SiteContext site)
        : base(PipelineNames.Feeds)
    {
        DependsOn(PipelineNames.News, PipelineNames.Briefs);
        Render.Add(new RenderFeeds(site, [PipelineNames.News, PipelineNames.Briefs]));
        PostProcess.Add(new RenderSitemap(site));
    }
}
