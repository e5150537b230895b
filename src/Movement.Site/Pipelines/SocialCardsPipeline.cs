using Movement.Site.SocialCards;

namespace Movement.Site.Pipelines;

/// <summary>The link-preview picture of every page, drawn after every page has rendered and named its card.</summary>
public sealed class SocialCardsPipeline : Core.Pipeline.Pipeline
{
    public SocialCardsPipeline(SiteContext site)
        : base(PipelineNames.SocialCards)
    {
        PostProcess.Add(new RenderSocialCards(site));
    }
}
