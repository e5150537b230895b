using Movement.Site.Pipelines;

namespace Movement.Site.Content.TheoriesOfChange;

public sealed class TheoryOfChangePipeline(SiteContext site)
    : ContentPipeline(TheoryOfChangeType.PipelineName, site, [site.Types.Require(TheoryOfChangeType.Name)]);
