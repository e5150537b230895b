using System.IO.Enumeration;

namespace Movement.Core.IO;

/// <summary>
/// An input tree on disk, rooted at one folder. Nothing outside that folder is ever listed or read: a symbolic
/// link is followed only when it leads to a file the build would read anyway (inside the folder, not hidden);
/// links to anything else are listed by <see cref="ListRefusedFiles"/> and never opened, and so are files larger
/// than <see cref="MaxFileBytes"/>.
/// </summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>
    /// The largest file the build reads: 100 MB, the most a Git host takes in one file. Files are read whole, and a
    /// 2.5 GB video left in input/files/ stopped the build with an overflow naming no file.
    /// </summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    private readonly string _root;
    private readonly long _maxFileBytes;
    private readonly Lock _gate = new();

    /// <summary>The last walk, while one of its two lists is still to be handed out.</summary>
    private Listing? _unlisted;

    /// <param name="maxFileBytes">Larger files are refused (<see cref="MaxFileBytes"/> unless a test asks for less).</param>
    public PhysicalFileSystem(string root, long maxFileBytes = MaxFileBytes)
    {
        _maxFileBytes = maxFileBytes;
        var full = Path.GetFullPath(root);
        var top = Path.GetPathRoot(full)!;
        // The folder itself may be reached through a link (the command line's choice): compare against where it really is.
        _root = Path.TrimEndingDirectorySeparator(RealPath.Of(top, full[top.Length..]) ?? full);
    }

    public string Root => _root;

    public IReadOnlyList<string> ListFiles() => Take(files: true).Files;

    public IReadOnlyList<RefusedFile> ListRefusedFiles() => Take(files: false).RefusedFiles;

    public bool Exists(string path) => Checked(path) is { } relative && LinkFreeFile.TryMeasure(Full(relative), out var length) switch
    {
        LinkFreeAnswer.File => length <= _maxFileBytes,
        LinkFreeAnswer.NotAFile => false,
        _ => Readable(relative) is not null,
    };

    public byte[] ReadAllBytes(string path)
    {
        var relative = Checked(path) ?? throw Refused(path);
        return LinkFreeFile.TryRead(Full(relative), out var bytes, _maxFileBytes) switch
        {
            LinkFreeAnswer.File => bytes,
            LinkFreeAnswer.NotAFile => throw Refused(path),
            _ => File.ReadAllBytes(Readable(relative) ?? throw Refused(path)),
        };
    }

    public long Length(string path)
    {
        var relative = Checked(path) ?? throw Refused(path);
        return LinkFreeFile.TryMeasure(Full(relative), out var length) switch
        {
            LinkFreeAnswer.File => length,
            LinkFreeAnswer.NotAFile => throw Refused(path),
            _ => new FileInfo(Readable(relative) ?? throw Refused(path)).Length,
        };
    }

    /// <summary>The walk that answers a call for one of the two lists: the last one, unless that list was handed out already.</summary>
    private Listing Take(bool files)
    {
        lock (_gate)
        {
            var listing = _unlisted is { } last && !(files ? last.FilesTaken : last.LinksTaken) ? last : Walk();
            if (files)
            {
                listing.FilesTaken = true;
            }
            else
            {
                listing.LinksTaken = true;
            }

            _unlisted = listing.FilesTaken && listing.LinksTaken ? null : listing;
            return listing;
        }
    }

    /// <summary>
    /// One walk of the tree for both lists: each walk answers one call for the files and one for the refused links,
    /// whichever comes first, and the next call for either walks again (the preview asks again after a change).
    /// Walked separately, and twice for the files when two pipelines asked at once, a 1,000-page build walked three
    /// times, two calls a file each time.
    /// </summary>
    private Listing Walk()
    {
        var entries = WalkEntries().ToList();
        var files = new List<string>(entries.Count);
        var refused = new List<RefusedFile>();
        foreach (var (path, isLink, length) in entries)
        {
            if ((isLink ? Refusal(path) : length > _maxFileBytes ? FileRefusal.TooLarge : null) is { } reason)
            {
                refused.Add(new RefusedFile(path, reason));
            }
            else
            {
                files.Add(path);
            }
        }

        files.Sort(StringComparer.Ordinal);
        refused.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new Listing(files, refused);
    }

    /// <summary>
    /// Every file and link below the root, without entering hidden folders or linked ones (a link to a folder is
    /// reported, not followed, so a link to '/' or a circle of links costs nothing).
    /// </summary>
    private IEnumerable<(string Path, bool IsLink, long Length)> WalkEntries()
    {
        if (!Directory.Exists(_root))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        return new FileSystemEnumerable<(string, bool, long)>(_root, (ref FileSystemEntry entry) => (Relative(entry.ToFullPath()), IsLink(ref entry), entry.Length), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.') && (IsLink(ref entry) || !entry.IsDirectory),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.') && !IsLink(ref entry),
        };
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private string Relative(string full) => Path.GetRelativePath(_root, full).Replace('\\', '/');

    /// <summary>Why a link below the root is not read, or null when it leads to a file the build reads anyway.</summary>
    private FileRefusal? Refusal(string path)
    {
        var real = RealPath.Of(_root, path);
        if (real is null)
        {
            return FileRefusal.Nowhere;
        }

        if (!RealPath.IsInside(real, _root) || real == _root || Relative(real).Split('/').Any(s => s.StartsWith('.')))
        {
            return FileRefusal.Outside;
        }

        return Directory.Exists(real) ? FileRefusal.Folder : new FileInfo(real).Length > _maxFileBytes ? FileRefusal.TooLarge : null;
    }

    /// <summary>The path relative to the root, when it names nothing hidden and never climbs: null otherwise.</summary>
    private static string? Checked(string path)
    {
        var relative = SitePath.Normalize(path);
        return relative.Split('/').Any(s => s is "" or "." or ".." || s.StartsWith('.')) ? null : relative;
    }

    private string Full(string relative) => _root + Path.DirectorySeparatorChar + relative;

    /// <summary>
    /// The real location of an input file when the build may read it: below the root once every link is followed,
    /// not hidden, a file, and not too large. Checked at every read, not only when listing, since content names paths too; only
    /// paths with a link on the way come here (see <see cref="LinkFreeFile"/>).
    /// </summary>
    private string? Readable(string relative)
    {
        var real = RealPath.Of(_root, relative);
        return real is not null && RealPath.IsInside(real, _root) && real != _root && File.Exists(real)
            && !Relative(real).Split('/').Any(s => s.StartsWith('.')) && new FileInfo(real).Length <= _maxFileBytes
            ? real
            : null;
    }

    /// <summary>Both lists from one walk, and which of them were handed out.</summary>
    private sealed class Listing(List<string> files, List<RefusedFile> refusedFiles)
    {
        public IReadOnlyList<string> Files { get; } = files;

        public IReadOnlyList<RefusedFile> RefusedFiles { get; } = refusedFiles;

        public bool FilesTaken { get; set; }

        public bool LinksTaken { get; set; }
    }

    private static FileNotFoundException Refused(string path) =>
        new($"'{path}' is not a file inside the input folder (it is missing, or a link that leads out of the folder).", path);
}
