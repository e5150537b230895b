using System.Collections.Concurrent;

namespace Movement.Core.IO;

/// <summary>
/// Remembers what it read from another file system until told that paths changed, so a rebuild after an edit
/// reads only the edited files. The preview tells it what its file watcher saw.
/// </summary>
public sealed class SnapshotFileSystem(IFileSystem source) : IFileSystem
{
    private readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _exists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lengths = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<string>? _files;
    private volatile IReadOnlyList<RefusedFile>? _refused;

    // One list at a time: pipelines that start together ask at once, and each asking would walk the folder.
    private readonly Lock _listing = new();

    public IReadOnlyList<string> ListFiles()
    {
        lock (_listing)
        {
            return _files ??= source.ListFiles();
        }
    }

    public IReadOnlyList<RefusedFile> ListRefusedFiles()
    {
        lock (_listing)
        {
            return _refused ??= source.ListRefusedFiles();
        }
    }

    public bool Exists(string path) => _exists.GetOrAdd(path, source.Exists);

    public byte[] ReadAllBytes(string path) => _bytes.GetOrAdd(path, source.ReadAllBytes);

    public long Length(string path) => _lengths.GetOrAdd(path, source.Length);

    /// <summary>Forgets the given paths, and everything under them when they are folders; null forgets everything.</summary>
    public void Forget(IEnumerable<string>? paths)
    {
        _files = null; // A path may have been created or deleted: list the files again (that reads no file).
        _refused = null;
        if (paths is null)
        {
            _bytes.Clear();
            _exists.Clear();
            _lengths.Clear();
            return;
        }

        foreach (var changed in paths)
        {
            var path = SitePath.Normalize(changed).TrimEnd('/');
            Forget(_bytes, path);
            Forget(_exists, path);
            Forget(_lengths, path);
        }
    }

    private static void Forget<T>(ConcurrentDictionary<string, T> cache, string path)
    {
        cache.TryRemove(path, out _);
        var folder = path + "/";
        foreach (var key in cache.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)))
        {
            cache.TryRemove(key, out _);
        }
    }
}
