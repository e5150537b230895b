using Movement.Site.Netlify;

namespace Movement.Site.Pipelines;

/// <summary>Netlify's _redirects (from aliases) and _headers (over the finished build).</summary>
public sealed class NetlifyPipeline : Core.Pipeline.Pipeline
{
    public NetlifyPipeline(SiteContext site)
        : base(PipelineNames.Netlify)
    {
        DependsOn([.. PipelineNames.Content]);
        Render.Add(new RenderNetlifyRedirects());
        PostProcess.Add(new RenderHeaders(site));
    }
}
