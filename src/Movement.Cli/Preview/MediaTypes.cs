namespace Movement.Cli.Preview;

/// <summary>The Content-Type of a served file, from its extension; text types say they are UTF-8, as every file we write is.</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html",
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".mjs"] = "text/javascript",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain",
        [".webmanifest"] = "application/manifest+json",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
        [".woff2"] = "font/woff2",
    };

    public static string For(string path)
    {
        if (!ByExtension.TryGetValue(Path.GetExtension(path), out var type))
        {
            return "application/octet-stream";
        }

        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "image/svg+xml" or "application/manifest+json";
        return isText ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
}
