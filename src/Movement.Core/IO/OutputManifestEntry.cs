namespace Movement.Core.IO;

/// <summary>One file of an <see cref="OutputManifest"/>: its length, its last-write time in ticks (UTC) and the XxHash128 of its bytes.</summary>
public readonly record struct OutputManifestEntry(long Length, long WriteTicks, UInt128 Digest);
