using Movement.Core.Documents;

namespace Movement.Core.IO;

/// <summary>One file of a finished site: its path relative to the output root and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>
    /// Set for a file the build staged and no longer holds: <see cref="Content"/> is empty, and the output
    /// build that kept it knows it by this length and digest.
    /// </summary>
    public StoredContent? Staged { get; init; }

    /// <summary>A file outside the output with exactly these bytes, which the output may link instead of writing (see <see cref="Documents.Document.CopyOf"/>).</summary>
    public string? CopyOf { get; init; }

    /// <summary>
    /// Set for a file whose bytes are those of <see cref="CopyOf"/>, known by length and digest and not read:
    /// <see cref="Content"/> is empty, and the output links the file, or reads it only when it has to.
    /// </summary>
    public StoredContent? Copied { get; init; }

    /// <summary>The file's bytes, read from <see cref="CopyOf"/> when the build did not hold them.</summary>
    public ReadOnlyMemory<byte> Bytes() => Copied?.Load() ?? Content;

    /// <summary>A file already staged on an output build that keeps what it stages.</summary>
    public static OutputFile StagedAs(string path, StoredContent stored) => new(path, ReadOnlyMemory<byte>.Empty) { Staged = stored };

    /// <summary>A file with the bytes of another file outside the output, <paramref name="copied"/> giving their length and digest.</summary>
    public static OutputFile CopiedFrom(string path, string file, StoredContent copied) =>
        new(path, ReadOnlyMemory<byte>.Empty) { CopyOf = file, Copied = copied };
}
