using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Pipelines;

namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>Awareness weeks and their partner resources, read together so each hub lists its resources.</summary>
public sealed class AwarenessWeeksPipeline(SiteContext site)
    : ContentPipeline(AwarenessWeekType.PipelineName, site, [site.Types.Require(AwarenessWeekType.Name), site.Types.Require(PartnerResourceType.Name)], View)
{
    private static object View(ContentItem item, ImmutableArray<Document> all, IExecutionContext context)
    {
        var items = all.Select(d => d.Get(SiteKeys.Item)).OfType<ContentItem>().ToList();
        var weeks = items.OfType<AwarenessWeek>().OrderByDescending(w => w.Year, StringComparer.Ordinal).ToList();
        return item switch
        {
            AwarenessWeek week => new AwarenessWeekView(
                week,
                items.OfType<PartnerResource>().Where(r => r.Year == week.Year).OrderBy(r => r.Title, StringComparer.Ordinal).ToList(),
                weeks.Where(w => w != week).ToList(),
                Listings.WeekStatus.Of(week, Calendar.UkDate.Today(context.Clock))),
            PartnerResource resource => new ResourceView(resource, weeks.FirstOrDefault(w => w.Year == resource.Year)),
            _ => item,
        };
    }
}
