using Movement.Site.Pipelines;

namespace Movement.Site.Content.News;

public sealed class NewsPipeline(SiteContext site)
    : ContentPipeline(NewsType.PipelineName, site, [site.Types.Require(NewsType.Name)]);
