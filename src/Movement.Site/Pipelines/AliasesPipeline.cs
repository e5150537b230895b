using Movement.Core.Pipelines;
using Movement.Site.Aliases;

namespace Movement.Site.Pipelines;

public sealed class AliasesPipeline : Pipeline
{
    public AliasesPipeline(SiteContext site)
        : base(PipelineNames.Aliases)
    {
        DependsOn([.. site.Types.PipelineNames]);
        Render.Add(new RenderRedirects(site));
    }
}
