namespace Movement.Core.IO;

/// <summary>An input tree on disk, rooted at one folder.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    private readonly string _root;

    public PhysicalFileSystem(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public string Root => _root;

    public IReadOnlyList<string> ListFiles()
    {
        if (!Directory.Exists(_root))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };
        return Directory.EnumerateFiles(_root, "*", options)
            .Select(full => Path.GetRelativePath(_root, full).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(segment => segment.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public bool Exists(string path) => File.Exists(FullPath(path));

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(FullPath(path));

    public long Length(string path) => new FileInfo(FullPath(path)).Length;

    private string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, SitePath.Normalize(path)));
        // A relative path must never escape the input folder, whatever the content says.
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"'{path}' is outside the input folder.");
        }

        return full;
    }
}
