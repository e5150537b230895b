using Movement.Core.Diagnostics;

namespace Movement.Core.Schema;

/// <summary>A single written value; null when the author left it empty.</summary>
public sealed record RawScalar(string? Value, SourceLocation Location) : RawValue(Location);
