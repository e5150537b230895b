using Ical.Net.CalendarComponents;
using Movement.Site.Calendar;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Settings;

namespace Movement.Site.Toolkits;

/// <summary>A week as a calendar file of one all-day event, for partners' calendars.</summary>
public static class WeekCalendar
{
    public static string For(AwarenessWeek week, SiteSettings settings) => CalendarFile.Write(settings,
    [
        new CalendarEvent
        {
            Uid = CalendarFile.Uid(settings, $"awareness-week-{week.Year}"),
            DtStamp = CalendarFile.Stamp(week.Start),
            DtStart = CalendarFile.At(week.Start, null),
            DtEnd = CalendarFile.At(week.End.AddDays(1), null), // The end of an all-day event is the day after.
            Summary = week.Title,
            Description = string.Join(' ', new[] { week.Theme.Length > 0 ? $"Theme: {week.Theme}." : "", week.Summary, week.Hashtag }.Where(s => s.Length > 0)),
            Url = new Uri(settings.AbsoluteUrl(week.Url)),
            Transparency = "TRANSPARENT",
        },
    ]);
}
