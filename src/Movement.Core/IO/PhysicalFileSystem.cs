using System.IO.Enumeration;

namespace Movement.Core.IO;

/// <summary>
/// An input tree on disk, rooted at one folder. Nothing outside that folder is ever listed or read: a symbolic
/// link is followed only when it leads to a file the build would read anyway (inside the folder, not hidden);
/// links to anything else are listed by <see cref="ListRefusedLinks"/> and never opened.
/// </summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    private readonly string _root;

    public PhysicalFileSystem(string root)
    {
        var full = Path.GetFullPath(root);
        var top = Path.GetPathRoot(full)!;
        // The folder itself may be reached through a link (the command line's choice): compare against where it really is.
        _root = Path.TrimEndingDirectorySeparator(RealPath.Of(top, full[top.Length..]) ?? full);
    }

    public string Root => _root;

    public IReadOnlyList<string> ListFiles() =>
        Walk().Where(e => !e.IsLink || Refusal(e.Path) is null).Select(e => e.Path).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<RefusedLink> ListRefusedLinks() =>
        Walk().Where(e => e.IsLink).Select(e => Refusal(e.Path) is { } reason ? new RefusedLink(e.Path, reason) : null)
            .OfType<RefusedLink>().OrderBy(l => l.Path, StringComparer.Ordinal).ToList();

    public bool Exists(string path) => Readable(path) is not null;

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Readable(path) ?? throw Refused(path));

    public long Length(string path) => new FileInfo(Readable(path) ?? throw Refused(path)).Length;

    /// <summary>
    /// Every file and link below the root, without entering hidden folders or linked ones (a link to a folder is
    /// reported, not followed, so a link to '/' or a circle of links costs nothing).
    /// </summary>
    private IEnumerable<(string Path, bool IsLink)> Walk()
    {
        if (!Directory.Exists(_root))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        return new FileSystemEnumerable<(string, bool)>(_root, (ref FileSystemEntry entry) => (Relative(entry.ToFullPath()), IsLink(ref entry)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.') && (IsLink(ref entry) || !entry.IsDirectory),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.') && !IsLink(ref entry),
        };
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private string Relative(string full) => Path.GetRelativePath(_root, full).Replace('\\', '/');

    /// <summary>Why a link below the root is not read, or null when it leads to a file the build reads anyway.</summary>
    private LinkRefusal? Refusal(string path)
    {
        var real = RealPath.Of(_root, path);
        if (real is null)
        {
            return LinkRefusal.Nowhere;
        }

        if (!RealPath.IsInside(real, _root) || real == _root || Relative(real).Split('/').Any(s => s.StartsWith('.')))
        {
            return LinkRefusal.Outside;
        }

        return Directory.Exists(real) ? LinkRefusal.Folder : null;
    }

    /// <summary>
    /// The real location of an input file when the build may read it: below the root once every link is followed,
    /// not hidden, and a file. Checked at every read, not only when listing, since content names paths too.
    /// </summary>
    private string? Readable(string path)
    {
        var relative = SitePath.Normalize(path);
        if (relative.Split('/').Any(s => s is "" or "." or ".." || s.StartsWith('.')))
        {
            return null;
        }

        var real = RealPath.Of(_root, relative);
        return real is not null && RealPath.IsInside(real, _root) && real != _root && File.Exists(real)
            && !Relative(real).Split('/').Any(s => s.StartsWith('.'))
            ? real
            : null;
    }

    private static FileNotFoundException Refused(string path) =>
        new($"'{path}' is not a file inside the input folder (it is missing, or a link that leads out of the folder).", path);
}
