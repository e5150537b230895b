namespace Movement.Core.Schema;

/// <summary>Short constructors for field definitions, so a schema reads as a list of fields.</summary>
public static class Field
{
    public static FieldDefinition Text(string name, string label) => new(name, FieldKind.Text) { Label = label };

    public static FieldDefinition LongText(string name, string label) => new(name, FieldKind.LongText) { Label = label };

    public static FieldDefinition Date(string name, string label) => new(name, FieldKind.Date) { Label = label, Example = "2025-06-09" };

    public static FieldDefinition DateTime(string name, string label) => new(name, FieldKind.DateTime) { Label = label, Example = "2025-06-09 10:00" };

    public static FieldDefinition Boolean(string name, string label) => new(name, FieldKind.Boolean) { Label = label, Example = "true" };

    public static FieldDefinition Integer(string name, string label) => new(name, FieldKind.Integer) { Label = label, Example = "2025" };

    public static FieldDefinition Url(string name, string label) => new(name, FieldKind.Url) { Label = label, Example = "https://www.example.org" };

    public static FieldDefinition File(string name, string label) => new(name, FieldKind.File) { Label = label, Example = "poster.svg" };

    public static FieldDefinition TextList(string name, string label) => new(name, FieldKind.TextList) { Label = label };

    public static FieldDefinition Choice(string name, string label, IReadOnlyList<string> choices) =>
        new(name, FieldKind.Choice) { Label = label, Choices = choices, Example = choices.FirstOrDefault() ?? "" };

    public static FieldDefinition ChoiceList(string name, string label, IReadOnlyList<string> choices) =>
        new(name, FieldKind.ChoiceList) { Label = label, Choices = choices, Example = $"[{string.Join(", ", choices.Take(2))}]" };

    public static FieldDefinition ObjectList(string name, string label, params FieldDefinition[] fields) =>
        new(name, FieldKind.ObjectList) { Label = label, Fields = fields };
}
