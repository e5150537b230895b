using Movement.Core.Pipelines;
using Movement.Site.Caching;
using Movement.Site.Cms;

namespace Movement.Site.Pipelines;

/// <summary>The editing UI at /admin/: its page and its configuration, made from the content types.</summary>
public sealed class CmsPipeline : Pipeline
{
    public CmsPipeline(SiteContext site)
        : base(PipelineNames.Cms)
    {
        Render.Add(new RenderCms(site, new CachingCmsConfigWriter(new CmsConfigWriter(site.Settings, site.Types), site.Caches)));
    }
}
