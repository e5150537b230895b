namespace Movement.Core.IO;

/// <summary>One file of an <see cref="OutputManifest"/>: its length, its last-write time in ticks (UTC) and the XxHash3 of its bytes.</summary>
public readonly record struct OutputManifestEntry(long Length, long WriteTicks, ulong Digest);
