using System.Collections.Concurrent;

namespace Movement.Site.Images;

/// <summary>
/// Pictures kept as files in a folder of their own, outside the published site, so that the next command-line
/// build reads them back. A file is written under a temporary name and then renamed, so a build stopped midway
/// leaves no half-written picture under a real key.
/// </summary>
public sealed class FolderPictureStore(string folder) : IPictureStore
{
    private const string Extension = ".bin";
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

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
            picture = File.ReadAllBytes(PathOf(key));
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
        File.WriteAllBytes(temporary, picture);
        File.Move(temporary, path, overwrite: true);
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
        }

        _used.Clear();
    }

    /// <summary>Keys are lower-case hex digests; anything else could name a file outside the folder.</summary>
    private string PathOf(string key) =>
        key.Length > 0 && key.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Folder, key + Extension)
            : throw new ArgumentException($"'{key}' is not a picture key.", nameof(key));
}
