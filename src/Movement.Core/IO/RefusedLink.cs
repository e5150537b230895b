namespace Movement.Core.IO;

/// <summary>A symbolic link under the input folder that the build does not read, and why.</summary>
public sealed record RefusedLink(string Path, LinkRefusal Reason);
