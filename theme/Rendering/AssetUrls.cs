using System.Security.Cryptography;
using Movement.Site.Rendering;

namespace Movement.Theme.Rendering;

/// <summary>
/// The theme's static files under fingerprinted names ("css/site.css" is written as
/// "assets/css/site.1a2b3c4d5e.css"), so a host can cache them forever: a changed file gets a new name.
/// Components ask for a file by its wwwroot path; an unknown path fails the build rather than
/// leaving a broken link.
/// </summary>
public sealed class AssetUrls
{
    private readonly Dictionary<string, string> _urls;

    public AssetUrls(IEnumerable<(string Path, ReadOnlyMemory<byte> Content)> files)
    {
        var fingerprinted = files.Select(f => (f.Path, Output: Fingerprint(f.Path, f.Content.Span), f.Content)).ToList();
        _urls = fingerprinted.ToDictionary(f => f.Path, f => "/" + f.Output, StringComparer.Ordinal);
        Files = fingerprinted.Select(f => new ThemeAsset(f.Output, f.Content)).ToList();
    }

    /// <summary>The files to publish, under their fingerprinted output paths.</summary>
    public IReadOnlyList<ThemeAsset> Files { get; }

    /// <summary>The site-absolute URL of a wwwroot file, such as "/assets/js/copy.0f1e2d3c4b.js".</summary>
    public string Url(string path) =>
        _urls.TryGetValue(path, out var url) ? url : throw new InvalidOperationException($"The theme has no asset '{path}'.");

    private static string Fingerprint(string path, ReadOnlySpan<byte> content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        var name = dot > slash ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
        return "assets/" + name;
    }
}
