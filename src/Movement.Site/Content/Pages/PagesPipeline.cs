using Movement.Site.Pipelines;

namespace Movement.Site.Content.Pages;

public sealed class PagesPipeline(SiteContext site)
    : ContentPipeline(ContentPageType.PipelineName, site, [site.Types.Require(ContentPageType.Name)]);
