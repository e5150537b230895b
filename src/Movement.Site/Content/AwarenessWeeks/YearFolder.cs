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
}
