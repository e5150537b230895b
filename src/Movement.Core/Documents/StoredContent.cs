namespace Movement.Core.Documents;

/// <summary>
/// Where a finished document's content went when the output took it: its length and digest, whether it was
/// text or bytes, and a way to read it back. A document holding this instead of its content keeps a big site's
/// pages out of memory; whoever still reads the content gets it back from the output.
/// </summary>
/// <param name="path">Where the output keeps it, as <paramref name="read"/> knows it.</param>
/// <param name="read">Reads a kept file back: one for all of a build's documents, so each keeps no reader of its own.</param>
public sealed class StoredContent(int length, ulong digest, bool isText, string path, Func<string, ReadOnlyMemory<byte>> read)
{
    public int Length => length;

    /// <summary>The XxHash3 of the bytes: what the output compares when the file is handed over again.</summary>
    public ulong Digest => digest;

    /// <summary>Whether the document held text (read back as <see cref="Document.Text"/>) or bytes.</summary>
    public bool IsText => isText;

    public ReadOnlyMemory<byte> Load() => read(path);
}
