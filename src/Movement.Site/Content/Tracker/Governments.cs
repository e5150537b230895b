namespace Movement.Site.Content.Tracker;

/// <summary>
/// The four governments whose positions the tracker follows. A fixed list, not settings: each is a column of the
/// tracker, a filter page and an API enum, and adding one is a decision about the tracker, not about one site.
/// </summary>
public static class Governments
{
    public static IReadOnlyList<Government> All { get; } =
    [
        new("uk-government", "UK Government"),
        new("scottish-government", "Scottish Government"),
        new("welsh-government", "Welsh Government"),
        new("northern-ireland-executive", "Northern Ireland Executive"),
    ];

    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(g => g.Id)];

    public static string NameOf(string id) => All.FirstOrDefault(g => g.Id == id)?.Name ?? id;
}
