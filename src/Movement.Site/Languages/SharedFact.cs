namespace Movement.Site.Languages;

/// <summary>A fact a translation must state as its English original does: the field that holds it and its value as text.</summary>
public sealed record SharedFact(string Field, string Value);
