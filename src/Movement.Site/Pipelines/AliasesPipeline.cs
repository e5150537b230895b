using Movement.Site.Aliases;

namespace Movement.Site.Pipelines;

public sealed class AliasesPipeline : Core.Pipeline.Pipeline
{
    public AliasesPipeline(SiteContext site)
        : base(PipelineNames.Aliases)
    {
        DependsOn([.. PipelineNames.Content]);
        Render.Add(new RenderRedirects(site));
    }
}
