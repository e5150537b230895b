using Movement.Core.IO;

namespace Movement.Site.Calendar;

/// <summary>"Today" as people in the UK mean it: an item dated 9 June appears from midnight in London.</summary>
public static class UkDate
{
    private static readonly TimeZoneInfo London = FindLondon();

    public static DateOnly Today(IClock clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.Now, London).DateTime);

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // Machines without time-zone data: at most an hour out in summer.
        }
    }
}
