namespace Movement.Site.Pipelines;

public sealed class PagesPipeline(SiteContext site)
    : ContentPipeline(PipelineNames.Pages, site, [site.Types.Pages]);
