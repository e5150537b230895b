using Movement.Site.Content;

namespace Movement.Site.Cms;

/// <summary>
/// The editing UI's place for each content type. File layout is the one thing the content schema does
/// not describe, so it is stated here once, next to the types' own patterns (see ContentType.Pattern).
/// </summary>
public static class CmsCollections
{
    public const string InputFolder = "input";

    /// <param name="years">The awareness weeks' year folders: resources sit beside their week's index.md, and Decap
    /// cannot tell the two apart in one folder collection, so each year's resources are a collection of their own.</param>
    public static IReadOnlyList<CmsCollection> For(ContentType type, IReadOnlyList<string> years) => type.Name == "resource"
        ? [.. years.Select(year => Markdown($"awareness-week/{year}/resources", "{{slug}}", $"awareness-week/{year}/resources/{{{{slug}}}}/", "", "") with { Part = (year, year) })]
        : [For(type)];

    private static CmsCollection For(ContentType type) => type.Name switch
    {
        "brief" => Markdown("briefs", "{{slug}}", "briefs/{{slug}}/") with { MediaFolder = $"/{InputFolder}/files/briefs", PublicFolder = "/files/briefs" },
        "theory-of-change" => Markdown("theory-of-change", "{{slug}}", "theory-of-change/{{slug}}/"),
        // A week's folder is the year it starts in, not the year it is written in ({{year}} is the day of saving).
        // The slug template, unlike the path, keeps field names and filters as written (Decap 3.13+, Sveltia).
        "awareness-week" => Markdown("awareness-week", "{{slug}}/index", "awareness-week/{{dirname}}/") with { Slug = "{{fields.start | date('YYYY')}}" },
        "member" => new($"{InputFolder}/members", "yml", "{{slug}}", "members/{{slug}}/"),
        "news" => Markdown("news", "{{slug}}", "news/{{slug}}/"),
        "page" => Markdown("pages", "{{slug}}", "{{slug}}/"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name, "A content type with no place in the editing UI."),
    };

    private static CmsCollection Markdown(string folder, string path, string preview, string? media = null, string? @public = null) =>
        new($"{InputFolder}/{folder}", "md", path, preview, media, @public);
}
