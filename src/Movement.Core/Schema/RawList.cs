using Movement.Core.Diagnostics;

namespace Movement.Core.Schema;

public sealed record RawList(IReadOnlyList<RawValue> Items, SourceLocation Location) : RawValue(Location);
