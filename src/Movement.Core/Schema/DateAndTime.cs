using System.Globalization;

namespace Movement.Core.Schema;

/// <summary>
/// A date and, when given, a time of day, as a clock where the site is shows them ("2025-02-12 10:00"): the
/// writer's own wall-clock time, with no zone written. Without a time it means the whole day.
/// </summary>
public readonly record struct DateAndTime(DateOnly Date, TimeOnly? Time)
{
    public bool IsAllDay => Time is null;

    /// <summary>The moment it starts, as a wall-clock time (midnight for a whole day).</summary>
    public DateTime WallClock => Date.ToDateTime(Time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);

    /// <summary>As written in front matter: "2025-02-12 10:00", or "2025-02-12" for a whole day.</summary>
    public override string ToString() => Time is { } time
        ? $"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {time.ToString("HH:mm", CultureInfo.InvariantCulture)}"
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
