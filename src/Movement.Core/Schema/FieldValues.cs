using Movement.Core.Diagnostics;

namespace Movement.Core.Schema;

/// <summary>
/// Front matter after validation: each present field's value, already of its declared type
/// (string, DateOnly, bool, int, lists), and where it was written.
/// </summary>
public sealed class FieldValues
{
    // A plain array searched in order: a record has a handful of fields, and a spreadsheet of 100,000 members keeps
    // one of these per row for the whole build (a dictionary per row cost about 500 bytes more). A field written in
    // the record's own file keeps its line and column rather than a location object: 800,000 of those were 25 MB.
    private readonly Field[] _fields;
    private readonly SourceLocation _location;

    public FieldValues(SourceLocation location, IEnumerable<KeyValuePair<string, (object Value, SourceLocation Location)>> values)
    {
        _location = location;
        _fields = values.Select(v => v.Value.Location.Path == location.Path
            ? new Field(v.Key, v.Value.Value, v.Value.Location.Line, v.Value.Location.Column, null)
            : new Field(v.Key, v.Value.Value, 0, 0, v.Value.Location)).ToArray();
    }

    /// <param name="Elsewhere">Where the field was written when that is not the record's file; otherwise null.</param>
    private readonly record struct Field(string Name, object Value, int Line, int Column, SourceLocation? Elsewhere)
    {
        public SourceLocation LocationIn(SourceLocation record) => Elsewhere ?? new SourceLocation(record.Path, Line, Column);
    }

    /// <summary>Where the record starts: the front matter, or one item of a list.</summary>
    public SourceLocation Location => _location;

    public bool Has(string name) => IndexOf(name) >= 0;

    public SourceLocation LocationOf(string name) => IndexOf(name) is >= 0 and var i ? _fields[i].LocationIn(_location) : _location;

    public string? Text(string name) => Get<string>(name);

    /// <summary>A required text field: validation has already reported it when missing, so default to empty.</summary>
    public string RequiredText(string name) => Get<string>(name) ?? "";

    public DateOnly? Date(string name) => IndexOf(name) is >= 0 and var i ? (DateOnly)_fields[i].Value : null;

    public DateAndTime? DateAndTime(string name) => IndexOf(name) is >= 0 and var i ? (DateAndTime)_fields[i].Value : null;

    public bool? Boolean(string name) => IndexOf(name) is >= 0 and var i ? (bool)_fields[i].Value : null;

    public int? Integer(string name) => IndexOf(name) is >= 0 and var i ? (int)_fields[i].Value : null;

    public IReadOnlyList<string> TextList(string name) => Get<IReadOnlyList<string>>(name) ?? [];

    public IReadOnlyList<FieldValues> Objects(string name) => Get<IReadOnlyList<FieldValues>>(name) ?? [];

    private T? Get<T>(string name) where T : class => IndexOf(name) is >= 0 and var i ? (T)_fields[i].Value : null;

    private int IndexOf(string name)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (string.Equals(_fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
