using System.Globalization;
using Movement.Core.Schema;
using Movement.Site.Calendar;
using NodaTime;

namespace Movement.Site.Content.Events;

/// <summary>
/// An event's times as the UK's clock shows them: GMT in winter, BST in summer. The rules come from the time-zone
/// data Ical.Net's calendar files use too (NodaTime's own copy), so a page, its JSON-LD and its calendar file
/// agree on every machine, whatever the machine's own zone files say.
/// </summary>
public static class EventTimes
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb[CalendarFile.Zone];

    // The invariant culture names days and months in English, which is what the pages are in.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The moment on London's clock; a time that does not exist (the hour the clocks go forward) moves on by that hour.</summary>
    public static ZonedDateTime At(DateAndTime time) => London.AtLeniently(LocalDateTime.FromDateTime(time.WallClock));

    /// <summary>ISO 8601 for machines: "2025-02-26T10:00:00+00:00", or the date alone for an all-day time.</summary>
    public static string Iso(DateAndTime time) => time.IsAllDay
        ? time.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : At(time).ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// For a page's &lt;time datetime&gt;: the instant in UTC ("2027-06-09T11:30:00Z"), or the date alone. UTC keeps a
    /// '+' out of the page, which Razor would write as &amp;#x2B; and some link-preview parsers misread.
    /// </summary>
    public static string HtmlDateTime(DateAndTime time) => time.IsAllDay
        ? time.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : At(time).ToInstant().ToDateTimeUtc().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"GMT" or "BST", for a time of day.</summary>
    public static string ZoneName(DateAndTime time) => At(time).GetZoneInterval().Name;

    /// <summary>
    /// When, in words: "Wednesday 26 February 2025, 10:00 to 15:30 GMT", "4 to 5 November 2027",
    /// "Thursday 4 November 2027, 09:30 GMT to Friday 5 November 2027, 16:00 GMT".
    /// </summary>
    public static string Describe(DateAndTime start, DateAndTime? end)
    {
        if (start.IsAllDay)
        {
            return end is { } last && last.Date != start.Date ? Range(start.Date, last.Date) : Day(start.Date);
        }

        if (end is not { Time: { } endTime } finish)
        {
            return $"{Day(start.Date)}, {Clock(start)}";
        }

        return finish.Date == start.Date && ZoneName(start) == ZoneName(finish)
            ? $"{Day(start.Date)}, {start.Time!.Value.ToString("HH:mm", CultureInfo.InvariantCulture)} to {endTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {ZoneName(finish)}"
            : $"{Day(start.Date)}, {Clock(start)} to {Day(finish.Date)}, {Clock(finish)}";
    }

    private static string Clock(DateAndTime time) => $"{time.Time!.Value.ToString("HH:mm", CultureInfo.InvariantCulture)} {ZoneName(time)}";

    private static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    private static string Range(DateOnly first, DateOnly last) =>
        first.Year == last.Year && first.Month == last.Month ? $"{first.Day} to {last.ToString("d MMMM yyyy", English)}"
        : first.Year == last.Year ? $"{first.ToString("d MMMM", English)} to {last.ToString("d MMMM yyyy", English)}"
        : $"{first.ToString("d MMMM yyyy", English)} to {last.ToString("d MMMM yyyy", English)}";
}
