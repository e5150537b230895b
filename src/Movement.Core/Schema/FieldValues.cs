using System.Collections.Immutable;
using Movement.Core.Diagnostics;

namespace Movement.Core.Schema;

/// <summary>
/// Front matter after validation: each present field's value, already of its declared type
/// (string, DateOnly, bool, int, lists), and where it was written.
/// </summary>
public sealed class FieldValues(SourceLocation location, ImmutableDictionary<string, (object Value, SourceLocation Location)> values)
{
    /// <summary>Where the record starts: the front matter, or one item of a list.</summary>
    public SourceLocation Location => location;

    public bool Has(string name) => values.ContainsKey(name);

    public SourceLocation LocationOf(string name) => values.TryGetValue(name, out var entry) ? entry.Location : location;

    public string? Text(string name) => Get<string>(name);

    /// <summary>A required text field: validation has already reported it when missing, so default to empty.</summary>
    public string RequiredText(string name) => Get<string>(name) ?? "";

    public DateOnly? Date(string name) => values.TryGetValue(name, out var entry) ? (DateOnly)entry.Value : null;

    public bool? Boolean(string name) => values.TryGetValue(name, out var entry) ? (bool)entry.Value : null;

    public int? Integer(string name) => values.TryGetValue(name, out var entry) ? (int)entry.Value : null;

    public IReadOnlyList<string> TextList(string name) => Get<IReadOnlyList<string>>(name) ?? [];

    public IReadOnlyList<FieldValues> Objects(string name) => Get<IReadOnlyList<FieldValues>>(name) ?? [];

    private T? Get<T>(string name) where T : class => values.TryGetValue(name, out var entry) ? (T)entry.Value : null;
}
