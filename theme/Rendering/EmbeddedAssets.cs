namespace Movement.Theme.Rendering;

/// <summary>The theme's wwwroot files, embedded in the assembly so the tool runs without a theme folder on disk.</summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";

    public static AssetUrls Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        return new AssetUrls(assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (name[Prefix.Length..], (ReadOnlyMemory<byte>)memory.ToArray());
            }));
    }
}
