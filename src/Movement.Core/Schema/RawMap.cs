using Movement.Core.Diagnostics;

namespace Movement.Core.Schema;

/// <summary>Named values in the order written.</summary>
public sealed record RawMap(IReadOnlyList<KeyValuePair<string, RawValue>> Entries, SourceLocation Location) : RawValue(Location)
{
    /// <summary>Where each name is written: a value may start on a later line (a list under its field).</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The name's place, or its value's when the name's is not known.</summary>
    public SourceLocation KeyLocationOf(string name, RawValue value) => KeyLocations.GetValueOrDefault(name) ?? value.Location;
}
