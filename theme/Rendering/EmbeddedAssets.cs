using Movement.Site.Rendering;

namespace Movement.Theme.Rendering;

/// <summary>The theme's wwwroot files, embedded in the assembly so the tool runs without a theme folder on disk.</summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";

    public static IReadOnlyList<ThemeAsset> Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return new ThemeAsset("assets/" + name[Prefix.Length..], memory.ToArray());
            })
            .ToList();
    }
}
