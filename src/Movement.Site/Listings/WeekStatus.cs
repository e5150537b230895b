using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.Listings;

/// <summary>The awareness week to feature and how it stands on the build date: "12 days to go", "Happening now".</summary>
public sealed record WeekStatus(AwarenessWeek Week, string Label, bool IsPast)
{
    /// <summary>The current or next week; once the last one has passed, the most recent.</summary>
    public static WeekStatus? Choose(IReadOnlyList<AwarenessWeek> weeks, string? preferredYear, DateOnly today)
    {
        var upcoming = weeks.Where(w => w.End >= today).OrderBy(w => w.Start).FirstOrDefault();
        var preferred = weeks.FirstOrDefault(w => w.Year == preferredYear && w.End >= today);
        var week = preferred ?? upcoming ?? weeks.OrderByDescending(w => w.Start).FirstOrDefault();
        return week is null ? null : Of(week, today);
    }

    /// <summary>How one week stands on the build date.</summary>
    public static WeekStatus Of(AwarenessWeek week, DateOnly today) => new(week, LabelFor(week, today), week.End < today);

    private static string LabelFor(AwarenessWeek week, DateOnly today)
    {
        var days = week.Start.DayNumber - today.DayNumber;
        return days switch
        {
            > 1 => $"{days} days to go",
            1 => "Starts tomorrow",
            _ when today <= week.End => "Happening now",
            _ => "Took place " + Dates(week.Start, week.End),
        };
    }

    /// <summary>"9–15 June 2025", "30 June to 6 July 2025", "9 June 2025": a week is its days, not its first one.</summary>
    private static string Dates(DateOnly start, DateOnly end)
    {
        static string Full(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return (start == end, start.Month == end.Month && start.Year == end.Year, start.Year == end.Year) switch
        {
            (true, _, _) => Full(start),
            (_, true, _) => $"{start.Day}–{Full(end)}",
            (_, _, true) => $"{start.ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture)} to {Full(end)}",
            _ => $"{Full(start)} to {Full(end)}",
        };
    }
}
