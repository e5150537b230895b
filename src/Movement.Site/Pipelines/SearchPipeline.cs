using Movement.Core.Pipelines;
using Movement.Site.Caching;
using Movement.Site.Search;

namespace Movement.Site.Pipelines;

/// <summary>The site search: an index of every content pipeline's pages, in chunks, and the /search/ page.</summary>
public sealed class SearchPipeline : Pipeline
{
    public SearchPipeline(SiteContext site)
        : base(PipelineNames.Search)
    {
        DependsOn([.. site.Types.PipelineNames]);
        Render.Add(new RenderSearch(site, RankingParameters.For(site.Types), new CachingSearchSteps(new SearchSteps(), site.Caches)));
    }
}
