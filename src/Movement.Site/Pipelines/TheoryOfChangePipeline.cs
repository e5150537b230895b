namespace Movement.Site.Pipelines;

public sealed class TheoryOfChangePipeline(SiteContext site)
    : ContentPipeline(PipelineNames.TheoryOfChange, site, [site.Types.TheoryOfChange]);
