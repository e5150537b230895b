namespace Movement.Site.Content;

/// <summary>The listing a type's pages sit under, e.g. "/briefs/" called "Policy briefs": breadcrumbs lead back to it.</summary>
public sealed record ContentSection(string Url, string Title)
{
    /// <summary>Whether the address segment after it is a page of its own that names its crumb ("/awareness-week/2025/" is "2025").</summary>
    public bool NamesNextSegment { get; init; }
}
