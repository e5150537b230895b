namespace Movement.Site.Content.Events;

/// <summary>The events page: what is coming, soonest first, then what has been, latest first.</summary>
public sealed record EventListing(IReadOnlyList<EventItem> Upcoming, IReadOnlyList<EventItem> Past)
{
    public const string Url = "/events/";

    /// <summary>The calendar of upcoming events, for subscribing to in a calendar program.</summary>
    public const string CalendarUrl = "/events/upcoming.ics";

    public static EventListing From(IEnumerable<EventItem> events, DateOnly today)
    {
        var all = events.ToList();
        return new EventListing(
            [.. all.Where(e => !e.IsPastOn(today)).OrderBy(e => e.Start.WallClock).ThenBy(e => e.Url, StringComparer.Ordinal)],
            [.. all.Where(e => e.IsPastOn(today)).OrderByDescending(e => e.Start.WallClock).ThenBy(e => e.Url, StringComparer.Ordinal)]);
    }
}
