using Movement.Core.Pipelines;
using Movement.Site.Api;
using Movement.Site.Caching;

namespace Movement.Site.Pipelines;

/// <summary>The content API under /api/v1/, from every content pipeline.</summary>
public sealed class ApiPipeline : Pipeline
{
    public ApiPipeline(SiteContext site)
        : base(PipelineNames.Api)
    {
        DependsOn([.. site.Types.PipelineNames]);
        Render.Add(new RenderApi(site, new CachingApiFileWriter(new ApiFileWriter(), site.Caches)));
    }
}
