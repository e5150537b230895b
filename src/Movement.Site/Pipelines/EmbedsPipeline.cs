using Movement.Core.Pipelines;
using Movement.Site.Embeds;

namespace Movement.Site.Pipelines;

/// <summary>Partner embeds of awareness-week resources: iframe pages and oEmbed answers.</summary>
public sealed class EmbedsPipeline : Pipeline
{
    public EmbedsPipeline(SiteContext site)
        : base(PipelineNames.Embeds)
    {
        DependsOn(Content.AwarenessWeeks.AwarenessWeekType.PipelineName);
        Render.Add(new RenderEmbeds(site));
    }
}
