namespace Movement.Site.Cms;

/// <summary>
/// Where a content type's files sit for the editing UI: its folder in the repository, the path of an
/// entry inside it, the page an entry previews at, and where its uploads go.
/// </summary>
public sealed record CmsCollection(string Folder, string Extension, string Path, string PreviewPath, string? MediaFolder = null, string? PublicFolder = null)
{
    /// <summary>Added to the type's name and label when a type needs several collections (resources, one per year).</summary>
    public (string Name, string Label)? Part { get; init; }

    /// <summary>How a new entry's slug (the {{slug}} of Path) is made: by default from its title.</summary>
    public string Slug { get; init; } = "{{slug}}";
}
