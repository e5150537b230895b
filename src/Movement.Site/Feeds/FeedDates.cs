using System.Globalization;

namespace Movement.Site.Feeds;

/// <summary>Content dates (days) as the timestamps feeds need: midnight UTC of that day.</summary>
public static class FeedDates
{
    public static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>RFC 822 with a four-digit year, as RSS 2.0 asks: "Mon, 09 Jun 2025 00:00:00 +0000".</summary>
    public static string Rfc822(DateOnly date) => At(date).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339, as Atom and JSON Feed ask: "2025-06-09T00:00:00Z".</summary>
    public static string Rfc3339(DateOnly date) => At(date).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
