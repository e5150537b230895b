namespace Movement.Theme.Rendering;

/// <summary>The theme's static files read from a wwwroot folder on disk, named as the embedded ones are.</summary>
internal static class FolderAssets
{
    public static AssetUrls Load(string folder)
    {
        var root = Path.GetFullPath(folder);
        return new AssetUrls(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => (Path: Path.GetRelativePath(root, file).Replace('\\', '/'), File: file))
            .Where(f => !f.Path.Split('/').Any(segment => segment.StartsWith('.'))) // editor swap and lock files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => (f.Path, (ReadOnlyMemory<byte>)File.ReadAllBytes(f.File))));
    }
}
