using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.Content.Events;

/// <summary>An event's page: the event (with its organiser's name), the awareness week it belongs to, and whether it is over.</summary>
public sealed record EventView(EventItem Event, AwarenessWeek? Week, bool IsPast) : IItemView
{
    public ContentItem Item => Event;

    /// <summary>The event's own calendar file, beside its page.</summary>
    public string CalendarUrl => EventCalendar.UrlOf(Event);

    public string When => EventTimes.Describe(Event.Start, Event.End);
}
