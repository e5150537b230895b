using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Hashing;
using Movement.Core.Documents;
using Movement.Core.IO;

namespace Movement.Site.Images;

/// <summary>
/// Pictures kept as files in a folder of their own, outside the published site, so that the next command-line
/// build reads them back. A file is written under a temporary name and then renamed, so a build stopped midway
/// leaves no half-written picture under a real key. Beside the pictures, an index gives each one's length, write
/// time and digest, so a build that reuses a picture need not read it: the file is linked into the output, and
/// its length and write time, checked with one look, say it is still what the index describes.
/// </summary>
public sealed class FolderPictureStore(string folder) : IPictureStore
{
    private const string Extension = ".bin";
    private const string IndexName = "index.tsv";
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Kept>? _index;
    private readonly Lock _indexGate = new();

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The store for builds into an output folder: a hidden folder beside it, as the output's spare is (<c>._site.cache/pictures</c>).</summary>
    public static FolderPictureStore BesideOutput(string output)
    {
        var target = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return new FolderPictureStore(Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".cache", "pictures"));
    }

    public bool TryGet(string key, out byte[] picture)
    {
        _used[key] = true;
        try
        {
            var path = PathOf(key);
            var before = new FileInfo(path);
            before.Refresh(); // Looked at before the read, or a picture replaced meanwhile could be indexed with these bytes' digest.
            picture = File.ReadAllBytes(path);
            Remember(key, before, picture);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            picture = [];
            return false;
        }
    }

    public void Put(string key, byte[] picture)
    {
        _used[key] = true;
        Directory.CreateDirectory(Folder);
        var path = PathOf(key);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        NewFile.Write(temporary, picture); // Not WriteAllBytes, which truncates: see NewFile.
        File.Move(temporary, path, overwrite: true);
        Remember(key, new FileInfo(path), picture);
    }

    public bool TryGetKept(string key, [NotNullWhen(true)] out string? file, [NotNullWhen(true)] out StoredContent? content)
    {
        _used[key] = true;
        (file, content) = (null, null);
        var path = PathOf(key);
        if (!Index().TryGetValue(key, out var kept))
        {
            return false;
        }

        var info = new FileInfo(path);
        if (!info.Exists || info.Length != kept.Length || info.LastWriteTimeUtc.Ticks != kept.WriteTicks)
        {
            return false; // Changed or gone since the index was written: read it, or draw it again.
        }

        (file, content) = (path, new StoredContent((int)kept.Length, kept.Digest, isText: false, path, ReadPicture));
        return true;
    }

    public string? FileOf(string key) => PathOf(key) is var path && File.Exists(path) ? path : null;

    public void Sweep()
    {
        if (Directory.Exists(Folder))
        {
            foreach (var file in Directory.EnumerateFiles(Folder))
            {
                var name = Path.GetFileName(file);
                if (!name.EndsWith(Extension, StringComparison.Ordinal) || !_used.ContainsKey(name[..^Extension.Length]))
                {
                    File.Delete(file);
                }
            }

            WriteIndex();
        }

        _used.Clear();
    }

    private static ReadOnlyMemory<byte> ReadPicture(string path) => File.ReadAllBytes(path);

    private void Remember(string key, FileInfo file, byte[] picture)
    {
        if (file.Exists && file.Length == picture.Length)
        {
            Index()[key] = new Kept(file.Length, file.LastWriteTimeUtc.Ticks, XxHash3.HashToUInt64(picture));
        }
    }

    /// <summary>The index as the last build that ended without errors wrote it; a line that does not parse is left out.</summary>
    private ConcurrentDictionary<string, Kept> Index()
    {
        lock (_indexGate)
        {
            if (_index is not null)
            {
                return _index;
            }

            var index = new ConcurrentDictionary<string, Kept>(StringComparer.Ordinal);
            var path = Path.Combine(Folder, IndexName);
            if (File.Exists(path))
            {
                foreach (var line in File.ReadLines(path))
                {
                    var fields = line.Split('\t');
                    if (fields.Length == 4 && fields[0].Length > 0 && fields[0].All(char.IsAsciiHexDigitLower)
                        && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                        && long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                        && ulong.TryParse(fields[3], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var digest))
                    {
                        index[fields[0]] = new Kept(length, ticks, digest);
                    }
                }
            }

            return _index = index;
        }
    }

    /// <summary>Writes the index of the pictures this build used, under a temporary name first, as pictures are.</summary>
    private void WriteIndex()
    {
        var index = Index();
        var lines = _used.Keys
            .Where(index.ContainsKey)
            .Order(StringComparer.Ordinal)
            .Select(key => string.Create(CultureInfo.InvariantCulture, $"{key}\t{index[key].Length}\t{index[key].WriteTicks}\t{index[key].Digest:x16}"));
        var path = Path.Combine(Folder, IndexName);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllLines(temporary, lines);
        File.Move(temporary, path, overwrite: true);
        foreach (var key in index.Keys.Where(key => !_used.ContainsKey(key)))
        {
            index.TryRemove(key, out _);
        }
    }

    private readonly record struct Kept(long Length, long WriteTicks, ulong Digest);

    /// <summary>Keys are lower-case hex digests; anything else could name a file outside the folder.</summary>
    private string PathOf(string key) =>
        key.Length > 0 && key.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Folder, key + Extension)
            : throw new ArgumentException($"'{key}' is not a picture key.", nameof(key));
}
