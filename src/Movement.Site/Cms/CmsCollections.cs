using Movement.Site.Content;

namespace Movement.Site.Cms;

/// <summary>
/// The editing UI's place for each content type. A type whose files are "folder/*.md" (or .yml) gets a
/// collection of that folder, previewed at its pages' address; a type laid out otherwise says where its
/// entries go itself (<see cref="ContentType.CmsCollections"/>).
/// </summary>
public static class CmsCollections
{
    public const string InputFolder = "input";

    /// <param name="years">The awareness weeks' year folders, for types with a collection per year.</param>
    public static IReadOnlyList<CmsCollection> For(ContentType type, IReadOnlyList<string> years) =>
        type.CmsCollections?.Invoke(years) ?? [FromPattern(type)];

    public static CmsCollection Markdown(string folder, string path, string preview, string? media = null, string? @public = null) =>
        new($"{InputFolder}/{folder}", "md", path, preview, media, @public);

    private static CmsCollection FromPattern(ContentType type)
    {
        var slash = type.PagePattern.LastIndexOf('/');
        var name = type.PagePattern[(slash + 1)..];
        if (slash <= 0 || !name.StartsWith("*.", StringComparison.Ordinal) || type.PagePattern[..slash].Contains('*'))
        {
            throw new InvalidOperationException($"Content type '{type.Name}' reads {type.PagePattern}, which is not one folder of files: it must say where its entries go in the editing UI.");
        }

        return new($"{InputFolder}/{type.PagePattern[..slash]}", name[2..], "{{slug}}", type.UrlFor("{{slug}}", type.PagePattern).TrimStart('/'));
    }
}
