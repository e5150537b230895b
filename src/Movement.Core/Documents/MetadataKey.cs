namespace Movement.Core.Documents;

/// <summary>A typed name for a piece of document metadata, so that readers and writers agree on its type.</summary>
public sealed record MetadataKey<T>(string Name) where T : notnull;
