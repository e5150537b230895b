using Movement.Core.IO;

namespace Movement.Site.Calendar;

/// <summary>"Today" as people in the UK mean it: an item dated 9 June appears from midnight in London.</summary>
public static class UkDate
{
    private static readonly TimeZoneInfo London = FindLondon();

    public static DateOnly Today(IClock clock) => On(clock.Now);

    /// <summary>The date in London at an instant, in GMT or British Summer Time.</summary>
    public static DateOnly On(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>
    /// The UK's rule since 1996, for machines without time-zone data (some build images): summer time from
    /// 01:00 GMT on the last Sunday of March to 01:00 GMT (02:00 BST) on the last Sunday of October.
    /// </summary>
    public static TimeZoneInfo Rule { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Europe/London (rule)", TimeSpan.Zero, "UK time", "GMT", "BST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(1996, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return Rule; // Without it UTC would be an hour out in summer: a week would start an hour late.
        }
    }
}
