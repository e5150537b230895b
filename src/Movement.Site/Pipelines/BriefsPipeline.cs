using Movement.Site.Content.Briefs;

namespace Movement.Site.Pipelines;

public sealed class BriefsPipeline : ContentPipeline
{
    public BriefsPipeline(SiteContext site)
        : base(PipelineNames.Briefs, site, [site.Types.Briefs], (item, all, _) => new BriefView(
            (PolicyBrief)item,
            ((PolicyBrief)item).Related
                .Select(slug => all.Select(d => d.Get(SiteKeys.Item)).OfType<PolicyBrief>().FirstOrDefault(b => b.Slug == slug))
                .OfType<PolicyBrief>()
                .ToList()))
    {
        Parse.Add(new CheckRelatedBriefs());
    }
}
