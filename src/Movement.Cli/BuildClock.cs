using System.Globalization;
using Movement.Core.IO;

namespace Movement.Cli;

/// <summary>
/// The clock a command runs by: the system's, unless SOURCE_DATE_EPOCH names the instant to build as (seconds since
/// 1970, the reproducible-builds convention), so two builds of the same input on different days, or either side of
/// midnight, give the same files.
/// </summary>
internal static class BuildClock
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static IClock From(string? sourceDateEpoch) =>
        long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? new FixedClock(DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds())))
            : new SystemClock();
}
