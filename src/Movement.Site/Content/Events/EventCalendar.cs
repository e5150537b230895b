using Ical.Net.CalendarComponents;
using Movement.Site.Calendar;
using Movement.Site.Settings;

namespace Movement.Site.Content.Events;

/// <summary>Events as calendar entries: one file per event, and one of every upcoming event to subscribe to.</summary>
public static class EventCalendar
{
    public static string UrlOf(EventItem item) => $"{item.Url}{item.Slug}.ics";

    public static string Of(IReadOnlyList<EventItem> events, SiteSettings settings, string? name = null) =>
        CalendarFile.Write(settings, [.. events.Select(e => Entry(e, settings))], name);

    private static CalendarEvent Entry(EventItem item, SiteSettings settings) => new()
    {
        Uid = CalendarFile.Uid(settings, "event-" + item.Slug),
        // The file changes when the event does: its stamp is the last change the writer recorded, else its day.
        DtStamp = CalendarFile.Stamp(item.Updated ?? item.Start.Date),
        DtStart = CalendarFile.At(item.Start.Date, item.Start.Time),
        // An all-day event ends the day after its last day; a timed one at its end, or after an hour if it gave none.
        DtEnd = item.End is { } end
            ? CalendarFile.At(end.IsAllDay ? end.Date.AddDays(1) : end.Date, end.Time)
            : item.Start.IsAllDay ? CalendarFile.At(item.Start.Date.AddDays(1), null) : CalendarFile.At(item.Start.Date, item.Start.Time!.Value.AddHours(1)),
        Summary = item.Title,
        Description = string.Join("\n\n", new[] { item.Summary, item.Booking.Length > 0 ? $"Book or join: {item.Booking}" : "", item.Accessibility }.Where(s => s.Length > 0)),
        Location = item.Attendance == Attendances.Online ? "Online" : string.Join(", ", new[] { item.Venue, item.Address.ReplaceLineEndings(", ") }.Where(s => s.Length > 0)),
        Url = new Uri(settings.AbsoluteUrl(item.Url)),
        Status = item.EventStatus == "cancelled" ? "CANCELLED" : "CONFIRMED",
    };
}
