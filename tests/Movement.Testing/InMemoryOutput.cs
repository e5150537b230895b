using System.Collections.Immutable;
using Movement.Core.IO;

namespace Movement.Testing;

/// <summary>Keeps the committed site in memory: tests assert on it without touching the disk.</summary>
public sealed class InMemoryOutput : ISiteOutput
{
    public ImmutableSortedDictionary<string, ReadOnlyMemory<byte>> Files { get; private set; } =
        ImmutableSortedDictionary<string, ReadOnlyMemory<byte>>.Empty.WithComparers(StringComparer.Ordinal);

    public bool Committed { get; private set; }

    public Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        Files = files.ToImmutableSortedDictionary(f => f.Path, f => f.Bytes(), StringComparer.Ordinal);
        Committed = true;
        return Task.CompletedTask;
    }
}
