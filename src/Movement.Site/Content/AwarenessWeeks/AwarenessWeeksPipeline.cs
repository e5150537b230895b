using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Pipelines;

namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>Awareness weeks and their partner resources, read together so each hub lists its resources.</summary>
public sealed class AwarenessWeeksPipeline(SiteContext site)
    : ContentPipeline(AwarenessWeekType.PipelineName, site, [site.Types.Require(AwarenessWeekType.Name), site.Types.Require(PartnerResourceType.Name)], Views)
{
    private static Func<ContentItem, object> Views(ImmutableArray<Document> all, IExecutionContext context)
    {
        var items = all.Select(d => d.Get(SiteKeys.Item)).OfType<ContentItem>().ToList();
        var weeks = items.OfType<AwarenessWeek>().OrderByDescending(w => w.Year, StringComparer.Ordinal).ToList();
        var resources = items.OfType<PartnerResource>().ToLookup(r => r.Year, StringComparer.Ordinal);
        var today = Calendar.UkDate.Today(context.Clock);
        return item => item switch
        {
            AwarenessWeek week => new AwarenessWeekView(
                week,
                resources[week.Year].OrderBy(r => r.Title, StringComparer.Ordinal).ToList(),
                weeks.Where(w => w != week).ToList(),
                Listings.WeekStatus.Of(week, today)),
            PartnerResource resource => new ResourceView(resource, weeks.FirstOrDefault(w => w.Year == resource.Year)),
            _ => item,
        };
    }
}
