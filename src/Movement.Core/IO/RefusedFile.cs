namespace Movement.Core.IO;

/// <summary>A file or symbolic link under the input folder that the build does not read, and why.</summary>
public sealed record RefusedFile(string Path, FileRefusal Reason);
