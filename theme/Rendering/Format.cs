using System.Globalization;

namespace Movement.Theme.Rendering;

/// <summary>How dates and sizes read on the site: "19 March 2024", "12 KB".</summary>
public static class Format
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB",
        _ => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>"Home-Start UK's", but "Best Beginnings'": a name ending in s takes the apostrophe alone.</summary>
    public static string Possessive(string name) =>
        name.EndsWith('s') || name.EndsWith('S') ? name + "'" : name + "'s";

    public static string DateRange(DateOnly start, DateOnly end) =>
        start.Month == end.Month && start.Year == end.Year
            ? $"{start.Day}–{Date(end)}"
            : $"{Date(start)} to {Date(end)}";
}
