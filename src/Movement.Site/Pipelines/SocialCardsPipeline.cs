using Movement.Core.Pipelines;
using Movement.Site.SocialCards;

namespace Movement.Site.Pipelines;

/// <summary>
/// The link-preview picture of every page, drawn after every page has rendered and named its card; PNG
/// copies of SVG resources for social platforms;
/// smaller copies of the pictures in content; each awareness week's partner toolkit, which holds them.
/// </summary>
public sealed class SocialCardsPipeline : Pipeline
{
    public SocialCardsPipeline(SiteContext site)
        : base(PipelineNames.SocialCards)
    {
        DependsOn([.. site.Types.PipelineNames]);
        Render.Add(new RenderSvgRenditions(site));
        Render.Add(new Images.RenderContentPictures(site));
        PostProcess.Add(new RenderSocialCards(site));
        PostProcess.Add(new Toolkits.RenderToolkits(site));
    }
}
