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
        : base(EventType.PipelineName, site, [site.Types.Require(EventType.Name)], Views)
    {
        Render.Insert(0, new CheckEventDates());
        Render.Add(new RenderEventCalendars(site));
    }

    private static Func<ContentItem, object> Views(ImmutableArray<Document> all, IExecutionContext context)
    {
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var member in context.OutputsOf(MemberType.PipelineName).Select(d => d.Get(SiteKeys.Item)).OfType<Member>())
        {
            members.TryAdd(member.Slug, member); // The first of a slug, as a search in order finds it.
        }

        var weeks = new Dictionary<(string Year, string Lang), AwarenessWeek>();
        foreach (var week in context.OutputsOf(AwarenessWeekType.PipelineName).Select(d => d.Get(SiteKeys.Item)).OfType<AwarenessWeek>())
        {
            weeks.TryAdd((week.Year, week.Lang), week);
        }

        var today = UkDate.Today(context.Clock);
        return item =>
        {
            var happening = (EventItem)item;
            var organiser = happening.Organiser.Length == 0 ? null : members.GetValueOrDefault(happening.Organiser);
            var week = happening.AwarenessWeek.Length == 0 ? null : weeks.GetValueOrDefault((happening.AwarenessWeek, happening.Lang));
            return new EventView(
                organiser is null ? happening : happening with { OrganiserName = organiser.Title, OrganiserUrl = organiser.Url },
                week,
                happening.IsPastOn(today));
        };
    }
}
