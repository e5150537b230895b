using System.Text;
using Movement.Core.IO;

namespace Movement.Testing;

/// <summary>An input tree in memory that a test edits between builds, as staff edit files while the preview runs.</summary>
public sealed class EditableFileSystem(IReadOnlyDictionary<string, byte[]> files) : IFileSystem
{
    private readonly Dictionary<string, byte[]> _files = new(files, StringComparer.Ordinal);
    private readonly object _lock = new();

    public IReadOnlyDictionary<string, byte[]> Files
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, byte[]>(_files, StringComparer.Ordinal);
            }
        }
    }

    public string ReadText(string path) => Encoding.UTF8.GetString(ReadAllBytes(path));

    public void Write(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public void Write(string path, byte[] bytes)
    {
        lock (_lock)
        {
            _files[path] = bytes;
        }
    }

    public void Delete(string path)
    {
        lock (_lock)
        {
            _files.Remove(path);
        }
    }

    public IReadOnlyList<string> ListFiles()
    {
        lock (_lock)
        {
            return [.. _files.Keys.Order(StringComparer.Ordinal)];
        }
    }

    public bool Exists(string path)
    {
        lock (_lock)
        {
            return _files.ContainsKey(SitePath.Normalize(path));
        }
    }

    public byte[] ReadAllBytes(string path)
    {
        lock (_lock)
        {
            return _files.TryGetValue(SitePath.Normalize(path), out var bytes) ? bytes : throw new FileNotFoundException($"No file '{path}'.", path);
        }
    }

    public long Length(string path) => ReadAllBytes(path).LongLength;
}
