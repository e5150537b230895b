namespace Movement.Site.Api;

/// <summary>A published JSON Schema: its short name (the OpenAPI component's), its title and its address.</summary>
public sealed record ApiSchemaFile(string Name, string Title, string Url);
