using Movement.Core.Pipelines;
using Movement.Site.Netlify;

namespace Movement.Site.Pipelines;

/// <summary>Netlify's _redirects (from aliases) and _headers (over the finished build).</summary>
public sealed class NetlifyPipeline : Pipeline
{
    public NetlifyPipeline(SiteContext site)
        : base(PipelineNames.Netlify)
    {
        DependsOn([.. site.Types.PipelineNames]);
        Render.Add(new RenderNetlifyRedirects(site.Types, site.Settings.Languages));
        PostProcess.Add(new RenderHeaders(site));
    }
}
