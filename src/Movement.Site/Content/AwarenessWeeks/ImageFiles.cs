using Movement.Core.IO;

namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>Which files are images, and so need alt text.</summary>
public static class ImageFiles
{
    private static readonly HashSet<string> Extensions = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"];

    public static bool IsImage(string path) => Extensions.Contains(SitePath.Extension(path));

    /// <summary>Pictures that link previews on social media can show; they do not show SVG.</summary>
    public static bool IsRaster(string path) => IsImage(path) && SitePath.Extension(path) != ".svg";
}
