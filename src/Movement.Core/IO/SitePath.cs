namespace Movement.Core.IO;

/// <summary>Helpers for the '/'-separated relative paths used throughout a build.</summary>
public static class SitePath
{
    public static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');

    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string FileNameWithoutExtension(string path)
    {
        var name = FileName(path);
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? name : name[..dot];
    }

    public static string Extension(string path)
    {
        var name = FileName(path);
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : name[dot..].ToLowerInvariant();
    }

    /// <summary>
    /// Resolves a reference written in content: relative to <paramref name="fromDirectory"/>, or to the
    /// input root when it starts with '/'. Returns null when it climbs above the root.
    /// </summary>
    public static string? Resolve(string fromDirectory, string reference)
    {
        var start = reference.StartsWith('/') ? "" : fromDirectory;
        var parts = new List<string>(start.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in reference.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    /// <summary>
    /// A resolved input path as an author would write it from <paramref name="fromDirectory"/>: the bare
    /// name for a file beside it, otherwise from the input root ("/files/x.pdf"), so messages use their words.
    /// </summary>
    public static string AsWritten(string resolved, string fromDirectory) =>
        fromDirectory.Length > 0 && resolved.StartsWith(fromDirectory + "/", StringComparison.Ordinal)
            ? resolved[(fromDirectory.Length + 1)..]
            : "/" + resolved;

    /// <summary>The output file for a page URL: "/briefs/x/" becomes "briefs/x/index.html".</summary>
    public static string OutputFileForUrl(string url)
    {
        var trimmed = url.TrimStart('/');
        if (trimmed.Length == 0 || trimmed.EndsWith('/'))
        {
            return trimmed + "index.html";
        }

        return trimmed;
    }

    /// <summary>The URL a visitor uses for an output file: "briefs/x/index.html" becomes "/briefs/x/".</summary>
    public static string UrlForOutputFile(string path)
    {
        if (path == "index.html")
        {
            return "/";
        }

        return path.EndsWith("/index.html", StringComparison.Ordinal)
            ? "/" + path[..^"index.html".Length]
            : "/" + path;
    }
}
