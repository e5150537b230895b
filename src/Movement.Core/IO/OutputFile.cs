namespace Movement.Core.IO;

/// <summary>One file of a finished site: its path relative to the output root and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);
