using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Content.Tracker;
using Movement.Site.Pipelines;

namespace Movement.Site.Content.Briefs;

/// <summary>Briefs, and the tracker's histories of their asks, which take the asks' words from the briefs.</summary>
public sealed class BriefsPipeline : ContentPipeline
{
    public BriefsPipeline(SiteContext site)
        : base(BriefType.PipelineName, site, [.. site.Types.All.Where(t => t.PipelineName == BriefType.PipelineName)], View)
    {
        Parse.Add(new CheckRelatedBriefs());
        Parse.Add(new JoinTrackedAsks());
    }

    private static object View(ContentItem item, ImmutableArray<Document> all, IExecutionContext context)
    {
        if (item is not PolicyBrief brief)
        {
            return item; // A tracked ask is its own page's model.
        }

        var items = all.Select(d => d.Get(SiteKeys.Item)).ToList();
        var ids = brief.Asks.Select(a => a.Id).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        return new BriefView(
            brief,
            [.. brief.Related.Select(slug => items.OfType<PolicyBrief>().FirstOrDefault(b => b.Slug == slug)).OfType<PolicyBrief>()])
        {
            Tracked = [.. items.OfType<TrackedAsk>().Where(t => ids.Contains(t.AskId)).OrderBy(t => t.Number)],
        };
    }
}
