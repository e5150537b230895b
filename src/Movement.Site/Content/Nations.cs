namespace Movement.Site.Content;

/// <summary>The four nations and UK-wide: policy differs by nation, so content and members are tagged with them.</summary>
public static class Nations
{
    public static IReadOnlyList<string> Ids { get; } = ["england", "scotland", "wales", "northern-ireland", "uk-wide"];

    public static string NameOf(string id) => id switch
    {
        "england" => "England",
        "scotland" => "Scotland",
        "wales" => "Wales",
        "northern-ireland" => "Northern Ireland",
        "uk-wide" => "UK-wide",
        _ => id,
    };
}
