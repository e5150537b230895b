using Microsoft.AspNetCore.StaticFiles;

namespace Movement.Cli.Preview;

/// <summary>The Content-Type of a served file, from its extension; text types say they are UTF-8, as every file we write is.</summary>
public static class MediaTypes
{
    // ASP.NET Core's table of extensions, so we keep no list of our own; XML as RFC 7303 prefers it, not text/xml.
    private static readonly FileExtensionContentTypeProvider Known = new() { Mappings = { [".xml"] = "application/xml" } };

    public static string For(string path)
    {
        if (!Known.TryGetContentType(path, out var type))
        {
            return "application/octet-stream";
        }

        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml" or "image/svg+xml" or "application/manifest+json";
        return isText ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
}
