using Movement.Core.IO;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.News;

namespace Movement.Site.Urls;

/// <summary>
/// The page URL a content file gets from its path alone, so Markdown can link to "../briefs/x.md" as
/// editors on GitHub expect.
/// </summary>
public static class SourceUrls
{
    public static string? For(string source)
    {
        var parts = source.Split('/');
        var name = SitePath.FileNameWithoutExtension(source);
        return parts switch
        {
            ["briefs", _] => $"/briefs/{name}/",
            ["news", _] => $"/news/{NewsType.WithoutDatePrefix(source)}/",
            ["pages", _] => $"/{name}/",
            ["theory-of-change", _] => $"/theory-of-change/{name}/",
            ["awareness-week", var year, "index.md"] => $"/awareness-week/{year}/",
            ["awareness-week", var year, "resources", _] when YearFolder.IsValid(year) => $"/awareness-week/{year}/resources/{name}/",
            _ => null,
        };
    }
}
