using Movement.Site.Pipelines;

namespace Movement.Site.Content.Briefs;

public sealed class BriefsPipeline : ContentPipeline
{
    public BriefsPipeline(SiteContext site)
        : base(BriefType.PipelineName, site, [site.Types.Require(BriefType.Name)], (item, all, _) => new BriefView(
            (PolicyBrief)item,
            ((PolicyBrief)item).Related
                .Select(slug => all.Select(d => d.Get(SiteKeys.Item)).OfType<PolicyBrief>().FirstOrDefault(b => b.Slug == slug))
                .OfType<PolicyBrief>()
                .ToList()))
    {
        Parse.Add(new CheckRelatedBriefs());
    }
}
