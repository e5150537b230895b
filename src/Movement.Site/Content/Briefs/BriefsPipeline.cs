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
        : base(BriefType.PipelineName, site, [.. site.Types.All.Where(t => t.PipelineName == BriefType.PipelineName)], Views)
    {
        Parse.Add(new CheckRelatedBriefs());
        Parse.Add(new JoinTrackedAsks());
    }

    private static Func<ContentItem, object> Views(ImmutableArray<Document> all, IExecutionContext context)
    {
        var items = all.Select(d => d.Get(SiteKeys.Item)).ToList();
        var briefs = new Dictionary<string, PolicyBrief>(StringComparer.Ordinal);
        foreach (var brief in items.OfType<PolicyBrief>())
        {
            briefs.TryAdd(brief.Slug, brief); // The first of a slug, as a search in order finds it.
        }

        var tracked = items.OfType<TrackedAsk>().ToList();
        return item =>
        {
            if (item is not PolicyBrief brief)
            {
                return item; // A tracked ask is its own page's model.
            }

            var ids = brief.Asks.Select(a => a.Id).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
            return new BriefView(brief, [.. brief.Related.Select(slug => briefs.GetValueOrDefault(slug)).OfType<PolicyBrief>()])
            {
                Tracked = [.. tracked.Where(t => ids.Contains(t.AskId)).OrderBy(t => t.Number)],
            };
        };
    }
}
