namespace Movement.Site.Search;

/// <summary>The /search/ page: the index's manifest URL is written into it, since the manifest's name changes with the index.</summary>
public sealed record SearchView(string ManifestUrl)
{
    public const string Url = "/search/";
}
