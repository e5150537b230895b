using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Members;
using Movement.Site.Pipelines;

namespace Movement.Site.Content.Events;

/// <summary>Events: each page shows its organiser and week, and each gets a calendar file.</summary>
public sealed class EventsPipeline : ContentPipeline
{
    public EventsPipeline(SiteContext site)
        : base(EventType.PipelineName, site, [site.Types.Require(EventType.Name)], View)
    {
        Render.Insert(0, new CheckEventDates());
        Render.Add(new RenderEventCalendars(site));
    }

    private static object View(ContentItem item, ImmutableArray<Document> all, IExecutionContext context)
    {
        var happening = (EventItem)item;
        var organiser = happening.Organiser.Length == 0 ? null
            : context.OutputsOf(MemberType.PipelineName).Select(d => d.Get(SiteKeys.Item)).OfType<Member>().FirstOrDefault(m => m.Slug == happening.Organiser);
        var week = happening.AwarenessWeek.Length == 0 ? null
            : context.OutputsOf(AwarenessWeekType.PipelineName).Select(d => d.Get(SiteKeys.Item)).OfType<AwarenessWeek>().FirstOrDefault(w => w.Year == happening.AwarenessWeek && w.Lang == happening.Lang);
        return new EventView(
            organiser is null ? happening : happening with { OrganiserName = organiser.Title, OrganiserUrl = organiser.Url },
            week,
            happening.IsPastOn(UkDate.Today(context.Clock)));
    }
}
