namespace Movement.Site.Search;

/// <summary>The index as files: site-relative paths (under "search/") and contents, and the manifest's URL that the search page is given.</summary>
public sealed record SearchIndexFiles(string ManifestUrl, IReadOnlyList<(string Path, byte[] Content)> Files);
