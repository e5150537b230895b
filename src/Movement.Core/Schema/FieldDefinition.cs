namespace Movement.Core.Schema;

/// <summary>
/// One field of a content type. The same definition validates front matter, documents the format and
/// produces the JSON Schema and the editing UI's widgets.
/// </summary>
public sealed record FieldDefinition(string Name, FieldKind Kind)
{
    public string Label { get; init; } = Name;

    public string Description { get; init; } = "";

    public bool IsRequired { get; init; }

    /// <summary>An example value, shown in hints ("add 'title: Develop the workforce'").</summary>
    public string Example { get; init; } = "";

    /// <summary>The allowed values for Choice and ChoiceList fields.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The fields of each item for ObjectList fields.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];

    /// <summary>A regular expression each value (each item, for a list) must match; checked where the field is bound.</summary>
    public string Pattern { get; init; } = "";

    public FieldDefinition Matching(string pattern) => this with { Pattern = pattern };

    public FieldDefinition Required() => this with { IsRequired = true };

    public FieldDefinition Labelled(string label, string description = "") => this with { Label = label, Description = description };

    public FieldDefinition WithExample(string example) => this with { Example = example };
}
