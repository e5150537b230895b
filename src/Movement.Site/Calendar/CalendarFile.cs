using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Movement.Site.Settings;

namespace Movement.Site.Calendar;

/// <summary>
/// iCalendar files (RFC 5545) for people's calendar programs, written by Ical.Net. Timed events are in
/// Europe/London with the zone's rules included (from Ical.Net's own time-zone data, not the machine's), so
/// a calendar anywhere shows 10:00 on a summer's day as 10:00 BST; an all-day event is a date range. Nothing
/// depends on the build's clock: each event's stamp is a date its content gives, so output is the same.
/// </summary>
public static class CalendarFile
{
    public const string Zone = "Europe/London";

    public const string MediaType = "text/calendar";

    /// <param name="events">The events, each with its UID and stamp set.</param>
    public static string Write(SiteSettings settings, IReadOnlyList<CalendarEvent> events, string? name = null)
    {
        var calendar = new Ical.Net.Calendar { ProductId = $"-//{settings.Title}//Movement//EN" };
        if (name is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
        }

        var timed = events.Where(e => e.DtStart is { HasTime: true }).Select(e => e.DtStart!.Value).ToList();
        if (timed.Count > 0)
        {
            // The zone's rules from the year of the first event, so every time in the file can be placed.
            calendar.AddTimeZone(Zone, new DateTime(timed.Min().Year, 1, 1), includeHistoricalData: false);
        }

        foreach (var item in events)
        {
            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>A date, with its time in London when it has one.</summary>
    public static CalDateTime At(DateOnly date, TimeOnly? time) => time is { } t ? new CalDateTime(date, t, Zone) : new CalDateTime(date);

    /// <summary>A stamp at midnight UTC on a date the content gives (RFC 5545 asks for UTC).</summary>
    public static CalDateTime Stamp(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), true);

    /// <summary>A unique ID for an item of the site: its address on the site's host.</summary>
    public static string Uid(SiteSettings settings, string id) => $"{id}@{new Uri(settings.AbsoluteUrl("/")).Host}";
}
