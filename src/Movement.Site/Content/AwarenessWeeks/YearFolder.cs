namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>Awareness weeks live in a folder named for their year: awareness-week/2025/...</summary>
public static class YearFolder
{
    public static string Of(string source)
    {
        var parts = source.Split('/');
        return parts.Length > 1 ? parts[1] : "";
    }

    public static bool IsValid(string year) => year.Length == 4 && year.All(char.IsAsciiDigit);

    /// <summary>The year a title's slug names ("imhaw-2027" gives 2027), for the folder of a new week.</summary>
    public static string? In(string slug) => slug.Split('-').LastOrDefault(p => IsValid(p) && p[0] == '2');
}
