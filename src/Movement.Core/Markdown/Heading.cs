namespace Movement.Core.Markdown;

/// <summary>A heading of a Markdown body, for tables of contents and search.</summary>
public sealed record Heading(int Level, string Text, string Id);
