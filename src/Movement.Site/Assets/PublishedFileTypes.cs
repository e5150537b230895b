using System.Collections.Frozen;
using Movement.Core.IO;

namespace Movement.Site.Assets;

/// <summary>
/// The one list of what may be published from input/ as a file: documents, images, data, audio and video a campaign
/// shares. Everything else stays unpublished: active content (HTML, scripts, stylesheets) would run as the site
/// itself, under its own policy; leftovers (Word lock files, backups, system files) were never meant to be shared.
/// </summary>
public static class PublishedFileTypes
{
    public static readonly FrozenSet<string> Allowed = new[]
    {
        // documents
        ".pdf", ".doc", ".docx", ".dot", ".dotx", ".xls", ".xlsx", ".ppt", ".pptx", ".pps", ".ppsx",
        ".odt", ".ods", ".odp", ".rtf", ".epub", ".txt",
        // images (SVG is published with a policy that forbids script: see BuildHeaderRules)
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".tif", ".tiff", ".bmp", ".heic",
        // data and calendars
        ".json", ".geojson", ".ics", ".vcf", ".zip", ".kml", ".gpx",
        // audio, video and their captions
        ".mp3", ".m4a", ".aac", ".wav", ".ogg", ".oga", ".opus", ".flac", ".mp4", ".m4v", ".mov", ".webm", ".ogv", ".vtt", ".srt",
        // fonts a partner pack may include
        ".woff", ".woff2", ".ttf", ".otf",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Files a browser would run or render as part of the site: never published from content.</summary>
    public static readonly FrozenSet<string> Active = new[]
    {
        ".html", ".htm", ".xhtml", ".shtml", ".shtm", ".xht", ".mht", ".mhtml", ".hta",
        ".js", ".mjs", ".cjs", ".jsx", ".ts", ".wasm", ".css", ".xml", ".xsl", ".xslt", ".svgz",
        ".swf", ".php", ".phtml", ".asp", ".aspx", ".jsp", ".cgi", ".pl", ".py", ".sh", ".vbs", ".ps1", ".bat", ".cmd", ".exe", ".dll",
        ".appcache", ".webmanifest", ".map",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] LeftoverSuffixes = ["~", ".bak", ".tmp", ".temp", ".swp", ".swo", ".part", ".crdownload", ".orig", ".old"];

    private static readonly FrozenSet<string> SystemFiles = new[] { "thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r" }.ToFrozenSet(StringComparer.Ordinal);

    public static FileKind KindOf(string path)
    {
        var name = SitePath.FileName(path);
        var lower = name.ToLowerInvariant();
        if (name.StartsWith("~$", StringComparison.Ordinal) || SystemFiles.Contains(lower) || LeftoverSuffixes.Any(s => lower.EndsWith(s, StringComparison.Ordinal)))
        {
            return FileKind.Leftover;
        }

        var extension = SitePath.Extension(path);
        return Allowed.Contains(extension) ? FileKind.Published : Active.Contains(extension) ? FileKind.Active : FileKind.Unknown;
    }
}
