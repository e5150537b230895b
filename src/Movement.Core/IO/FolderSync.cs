using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.IO.Hashing;

namespace Movement.Core.IO;

/// <summary>
/// Brings a folder holding an earlier generation of the site (or a half-written one, or nothing) to
/// exactly the given files: writes only files whose bytes differ and deletes what is no longer produced.
/// Files may be handed over early with <see cref="Write"/> while the build is still running, so that
/// writing overlaps the build; <see cref="Finish"/> then gets the complete list and makes the folder match it.
/// A file whose length and write time are those the folder's <see cref="OutputManifest"/> recorded is
/// compared by digest without being read; any other is compared against its bytes on disk, so whatever a
/// killed build (or a hand) left in the folder, the result is right.
/// </summary>
/// <remarks>
/// Overwriting a file costs about ten times as much as reading and comparing it, and creating one more
/// still; deleting what is unchanged and writing it again is what made rebuilds slow.
/// </remarks>
public sealed class FolderSync
{
    /// <summary>Fewer pending files than this are not worth a second thread.</summary>
    private const int HelpedFrom = 32;

    private readonly string _root;

    /// <summary>What the folder held when the sync began: files with their length, folders, and links (never followed).</summary>
    private readonly Dictionary<string, Entry> _found = new(StringComparer.Ordinal);

    /// <summary>What the folder was recorded to hold when the last sync of it finished.</summary>
    private readonly OutputManifest _recorded;

    /// <summary>What each file was made to hold (or found holding) during this sync: its length, write time and digest.</summary>
    /// <remarks>Keyed by the path relative to the root, a string the build holds anyway: a full path a file was 130 bytes more at 200,000 files.</remarks>
    private readonly ConcurrentDictionary<string, Written> _written = new(StringComparer.Ordinal);

    /// <summary>Folders known to exist as real folders. Only the thread that calls <see cref="Write"/> uses them (see <see cref="MakeWay"/>).</summary>
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    /// <param name="recorded">The manifest the last finished sync of this folder saved, if there is one.</param>
    public FolderSync(string root, OutputManifest? recorded = null)
    {
        _recorded = recorded ?? OutputManifest.Empty;
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(_root);
        _folders.Add(_root);
        Scan(_root);
    }

    /// <summary>What the folder holds once <see cref="Finish"/> is done, for the next sync of it to trust.</summary>
    public OutputManifest Manifest { get; private set; } = OutputManifest.Empty;

    /// <summary>Writes these files now (those whose bytes differ), leaving everything else in the folder as it is.</summary>
    /// <param name="helper">A second thread to write half of a large batch on, if the caller has one.</param>
    public void Write(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken, HelperThread? helper = null)
    {
        var pending = new List<Pending>();
        foreach (var file in files)
        {
            if (file.Staged is { } staged)
            {
                // Handed over earlier and dropped by the build: it must be here as it was then.
                if (!_written.TryGetValue(file.Path, out var earlier) || earlier.Length != staged.Length || earlier.Digest != staged.Digest)
                {
                    throw new InvalidOperationException($"'{file.Path}' was to be staged before the commit, but it was not written.");
                }
            }
            else if (!IsWritten(file.Path, Known(file)))
            {
                var full = FullPath(file.Path);
                pending.Add(new Pending(file.Path, full, file));
            }
        }

        // Folders first, in order, on this thread: files share them, and a folder or link may have to make way.
        foreach (var file in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            MakeWay(file.Path, file.Full);
        }

        // Then the files: on the calling thread (the output's writer), and on the caller's helper thread when there is
        // one, never on the thread pool. While writing lags, the build's render workers wait for it on pool threads,
        // and writes queued to the pool then waited for a thread the pool adds only every half second or so: a
        // 10,000-item site took 72 s instead of 8 s. The helper is what lets writing use both cores once rendering is
        // done: at 1,000 pages the writer alone wrote for the last 60 to 80 ms of the build while the other core idled.
        if (helper is null || pending.Count < HelpedFrom || HasRepeats(pending))
        {
            WriteEvery(pending, 0, 1, cancellationToken);
            return;
        }

        var other = helper.Start(() => WriteEvery(pending, 1, 2, cancellationToken));
        try
        {
            WriteEvery(pending, 0, 2, cancellationToken);
        }
        catch (Exception)
        {
            SleepUntilDone(other); // No write of this batch may still be going on once the batch has failed.
            throw;
        }

        SleepUntilDone(other);
        other.GetAwaiter().GetResult();
    }

    /// <summary>Makes the folder hold exactly <paramref name="files"/>: writes what is missing or different, deletes the rest.</summary>
    public void Finish(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken, HelperThread? helper = null)
    {
        Write(files, cancellationToken, helper);
        cancellationToken.ThrowIfCancellationRequested();

        var manifest = new Dictionary<string, OutputManifestEntry>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var written = _written[file.Path];
            manifest[file.Path] = new OutputManifestEntry(written.Length, written.WriteTicks, written.Digest);
        }

        // Relative paths throughout, the strings the build already holds, and the manifest is the set of wanted files: at
        // 100,000 members a full path for each of 436,000 files, and a set of them, raised the build's peak at its very end.
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in files)
        {
            var folder = ParentOf(file.Path);
            while (folder.Length > 0 && folders.Add(folder))
            {
                folder = ParentOf(folder);
            }
        }

        bool Unwanted(string relative) => !manifest.ContainsKey(relative) && !folders.Contains(relative);

        // Files first, then folders outermost first: a folder's deletion takes what is left inside it.
        var foundFolders = new List<string>();
        foreach (var (path, entry) in _found)
        {
            if (entry.Kind == EntryKind.Folder)
            {
                foundFolders.Add(path);
            }
            else if (Unwanted(RelativeOf(path)))
            {
                DeleteEntry(path);
            }
        }

        foreach (var path in _written.Keys)
        {
            if (Unwanted(path))
            {
                DeleteEntry(FullPath(path));
            }
        }

        foreach (var folder in foundFolders.Concat(_folders).Order(StringComparer.Ordinal))
        {
            if (!folders.Contains(RelativeOf(folder)) && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Manifest = new OutputManifest(manifest);
    }

    /// <summary>A staged file's bytes, read back from the folder.</summary>
    public ReadOnlyMemory<byte> Read(string path) => File.ReadAllBytes(FullPath(path));

    /// <summary>The same bytes handed over again: known by length and digest, so the sync never holds a file's bytes.</summary>
    private bool IsWritten(string path, (int Length, ulong Digest) known) =>
        _written.TryGetValue(path, out var written) && written.Length == known.Length && written.Digest == known.Digest;

    /// <summary>A file's length and digest, without reading the bytes of one copied from elsewhere.</summary>
    private static (int Length, ulong Digest) Known(OutputFile file) =>
        file.Copied is { } copied ? (copied.Length, copied.Digest) : (file.Content.Length, XxHash3.HashToUInt64(file.Content.Span));

    private void WriteEvery(List<Pending> pending, int first, int step, CancellationToken cancellationToken)
    {
        for (var i = first; i < pending.Count; i += step)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteOne(pending[i].Path, pending[i].Full, pending[i].File);
        }
    }

    private static bool HasRepeats(List<Pending> pending)
    {
        var paths = new HashSet<string>(pending.Count, StringComparer.Ordinal);
        return pending.Exists(file => !paths.Add(file.Path));
    }

    /// <summary>
    /// Waits for the helper's half asleep: a task's own wait spins first, yielding the core the helper may need
    /// to finish. A failure in it is left for the caller to report (or not, when its own half failed first).
    /// </summary>
    private static void SleepUntilDone(Task task)
    {
        if (!task.IsCompleted)
        {
            ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        }
    }

    /// <summary>Makes the file's folder, and clears a folder or a link out of the file's way: one thread at a time.</summary>
    private void MakeWay(string path, string full)
    {
        EnsureFolder(Path.GetDirectoryName(full)!);
        var found = _found.GetValueOrDefault(full);
        if ((found.Kind is EntryKind.Folder or EntryKind.Link) && !_written.ContainsKey(path))
        {
            // A folder or a link where a file now goes: we never write through a link.
            DeleteEntry(full);
            _folders.RemoveWhere(f => f == full || f.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        }
    }

    /// <summary>Writes one file whose way <see cref="MakeWay"/> cleared: any number of threads at once, each with files of its own.</summary>
    private void WriteOne(string path, string full, OutputFile file)
    {
        var found = _found.GetValueOrDefault(full);
        var (length, digest) = Known(file);
        var copyOf = file.CopyOf;
        if (found.Kind == EntryKind.File && found.Length == length && !_written.ContainsKey(path))
        {
            var same = _recorded.TryGet(path, out var recorded) && recorded.Length == found.Length && recorded.WriteTicks == found.WriteTicks
                ? recorded.Digest == digest
                : SameBytes(full, file.Bytes().Span);
            if (same)
            {
                _written[path] = new Written(length, found.WriteTicks, digest);
                return;
            }
        }

        // A file here may be a link to a picture the cache keeps (below): writing into it would change the cached
        // picture too, so it goes first and the new bytes get a file of their own.
        if (found.Kind == EntryKind.File || _written.ContainsKey(path))
        {
            File.Delete(full);
        }

        long writeTicks;
        if (copyOf is not null && HardLink.TryCreate(copyOf, full))
        {
            // The same bytes already on this disk: a second name for them costs no writing (a site's social cards
            // are most of its bytes, and a new folder, as on every Netlify deploy, would otherwise copy them all).
            var linked = new FileInfo(full);
            if (linked.Length == length)
            {
                _written[path] = new Written(length, linked.LastWriteTimeUtc.Ticks, digest);
                return;
            }

            File.Delete(full); // No longer the bytes the build holds: never write through the link.
        }

        var content = file.Bytes();
        using (var handle = NewFile.Open(full)) // Never truncated: see NewFile.
        {
            NewFile.WriteAll(handle, content.Span, full);
            writeTicks = File.GetLastWriteTimeUtc(handle).Ticks;
        }

        _written[path] = new Written(content.Length, writeTicks, file.Copied is null ? digest : XxHash3.HashToUInt64(content.Span));
    }

    private void EnsureFolder(string folder)
    {
        if (_folders.Contains(folder))
        {
            return;
        }

        EnsureFolder(Path.GetDirectoryName(folder)!);
        if (_found.GetValueOrDefault(folder).Kind is EntryKind.File or EntryKind.Link)
        {
            if (File.Exists(folder) || new FileInfo(folder).LinkTarget is not null)
            {
                File.Delete(folder); // A file or a link where a folder now goes.
            }
        }

        Directory.CreateDirectory(folder); // Nothing to do for one that is there; the scan already knew those.
        _folders.Add(folder);
    }

    /// <summary>Lists everything below the root with one stat a file, and never looks behind a link.</summary>
    private void Scan(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<(string Path, Entry Entry)>(root, Describe, options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, entry) in entries)
        {
            _found[path] = entry;
            if (entry.Kind == EntryKind.Folder)
            {
                _folders.Add(path);
            }
        }
    }

    private static (string, Entry) Describe(ref FileSystemEntry entry) =>
        (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? Entry.Link
            : entry.IsDirectory ? Entry.Folder
            : new Entry(EntryKind.File, entry.Length, entry.LastWriteTimeUtc.UtcTicks));

    private static void DeleteEntry(string path)
    {
        var info = new FileInfo(path);
        var isLink = (info.Attributes & FileAttributes.ReparsePoint) != 0 && (int)info.Attributes != -1; // -1: nothing there.
        if (!isLink && Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (isLink || info.Exists)
        {
            info.Delete(); // A link itself, never what it points to.
        }
    }

    private string FullPath(string relative) => Path.Combine(_root, relative);

    /// <summary>A path below the root as the build names it: relative, with '/'.</summary>
    private string RelativeOf(string full) =>
        full.Length <= _root.Length ? "" : full[(_root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');

    private static string ParentOf(string relative) => relative.LastIndexOf('/') is var slash and >= 0 ? relative[..slash] : "";

    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            using var handle = File.OpenHandle(path);
            var read = 0;
            while (read < content.Length)
            {
                var count = RandomAccess.Read(handle, buffer.AsSpan(read, content.Length - read), read);
                if (count == 0)
                {
                    return false;
                }

                read += count;
            }

            return buffer.AsSpan(0, content.Length).SequenceEqual(content);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return false; // Gone with a folder that had to make way.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private enum EntryKind
    {
        None,
        File,
        Folder,
        Link,
    }

    // Structs, not classes: a table of 436,000 files (100,000 members) then holds no object per file. The default is None.
    private readonly record struct Entry(EntryKind Kind, long Length, long WriteTicks)
    {
        public static readonly Entry Folder = new(EntryKind.Folder, 0, 0);
        public static readonly Entry Link = new(EntryKind.Link, 0, 0);
    }

    private readonly record struct Written(int Length, long WriteTicks, ulong Digest);

    private sealed record Pending(string Path, string Full, OutputFile File);
}
