namespace Movement.Core.IO;

/// <summary>What <see cref="LinkFreeFile"/> found at a path.</summary>
public enum LinkFreeAnswer
{
    /// <summary>A plain file, reached through real folders only.</summary>
    File,

    /// <summary>Nothing there, or a folder, a device or a pipe: no file to read, whatever links there are.</summary>
    NotAFile,

    /// <summary>Not known this way: a symbolic link on the path, or no such call on this system.</summary>
    Unknown,
}
