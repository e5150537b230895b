using Movement.Core.Pipelines;
using Movement.Site.Caching;
using Movement.Site.Feeds;

namespace Movement.Site.Pipelines;

/// <summary>Each type's feed in three formats; the sitemap and robots.txt once every page is known.</summary>
public sealed class FeedsPipeline : Pipeline
{
    public FeedsPipeline(SiteContext site)
        : base(PipelineNames.Feeds)
    {
        var sources = site.Types.All.Where(t => t.Feed is not null).Select(t => t.PipelineName).Distinct().ToArray();
        DependsOn(sources);
        Render.Add(new RenderFeeds(site, sources, new CachingFeedWriter(new FeedWriter(site.Settings), site.Caches)));
        PostProcess.Add(new RenderSitemap(site));
    }
}
