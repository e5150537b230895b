namespace Movement.Core.Schema;

/// <summary>The fields of one content type, in the order editors see them.</summary>
public sealed record ContentSchema(string Name, string Label, IReadOnlyList<FieldDefinition> Fields)
{
    public FieldDefinition? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
