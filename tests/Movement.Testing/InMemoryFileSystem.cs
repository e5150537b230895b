using System.Collections.Immutable;
using System.Text;
using Movement.Core.IO;

namespace Movement.Testing;

/// <summary>An input tree held in memory: for tests and for builds of generated sites.</summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    private readonly ImmutableSortedDictionary<string, byte[]> _files;

    public InMemoryFileSystem(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        _files = files.ToImmutableSortedDictionary(f => SitePath.Normalize(f.Key), f => f.Value, StringComparer.Ordinal);
    }

    public static InMemoryFileSystem FromText(IEnumerable<KeyValuePair<string, string>> files) =>
        new(files.Select(f => KeyValuePair.Create(f.Key, Encoding.UTF8.GetBytes(f.Value))));

    public IReadOnlyList<string> ListFiles() => _files.Keys.ToList();

    public bool Exists(string path) => _files.ContainsKey(SitePath.Normalize(path));

    public long Length(string path) => ReadAllBytes(path).LongLength;

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(SitePath.Normalize(path), out var bytes)
            ? bytes
            : throw new FileNotFoundException($"No file '{path}' in the input.", path);
}
