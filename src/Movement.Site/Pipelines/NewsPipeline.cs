namespace Movement.Site.Pipelines;

public sealed class NewsPipeline(SiteContext site)
    : ContentPipeline(PipelineNames.News, site, [site.Types.News]);
