using System.Text;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Settings;

namespace Movement.Site.Toolkits;

/// <summary>
/// A week as an iCalendar file (RFC 5545) of one all-day event, for partners' calendars. Its stamp is the
/// week's first day, not the build's time, so the same week gives the same bytes.
/// </summary>
public static class WeekCalendar
{
    public static string For(AwarenessWeek week, SiteSettings settings)
    {
        var host = new Uri(settings.AbsoluteUrl("/")).Host;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            $"PRODID:-//{Text(settings.Title)}//Movement//EN",
            "CALSCALE:GREGORIAN",
            "BEGIN:VEVENT",
            $"UID:awareness-week-{week.Year}@{host}",
            $"DTSTAMP:{week.Start:yyyyMMdd}T000000Z",
            $"DTSTART;VALUE=DATE:{week.Start:yyyyMMdd}",
            $"DTEND;VALUE=DATE:{week.End.AddDays(1):yyyyMMdd}", // The end of an all-day event is the day after.
            $"SUMMARY:{Text(week.Title)}",
            $"DESCRIPTION:{Text(string.Join(' ', new[] { week.Theme.Length > 0 ? $"Theme: {week.Theme}." : "", week.Summary, week.Hashtag }.Where(s => s.Length > 0)))}",
            $"URL:{settings.AbsoluteUrl(week.Url)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        return string.Concat(lines.Select(l => Fold(l) + "\r\n"));
    }

    /// <summary>A text value with its special characters escaped and no line breaks (RFC 5545, 3.3.11).</summary>
    private static string Text(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Lines of at most 75 octets, continued on lines that start with a space, never inside a character.</summary>
    private static string Fold(string line)
    {
        var folded = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.ToString();
    }
}
