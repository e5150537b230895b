namespace Movement.Core.IO;

/// <summary>
/// The read-only input tree. Paths are relative to its root and always use '/'.
/// The engine reads only through this, so a whole site can be built from memory.
/// </summary>
public interface IFileSystem
{
    /// <summary>Every file in the tree, sorted ordinally so builds are deterministic.</summary>
    IReadOnlyList<string> ListFiles();

    bool Exists(string path);

    byte[] ReadAllBytes(string path);

    /// <summary>The size of a file in bytes, without reading it.</summary>
    long Length(string path);

    /// <summary>Symbolic links in the tree that are not listed or read (see <see cref="PhysicalFileSystem"/>).</summary>
    IReadOnlyList<RefusedFile> ListRefusedFiles() => [];
}
