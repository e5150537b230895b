using Movement.Core.Diagnostics;

namespace Movement.Core.Schema;

/// <summary>Named values in the order written.</summary>
public sealed record RawMap(IReadOnlyList<KeyValuePair<string, RawValue>> Entries, SourceLocation Location) : RawValue(Location);
