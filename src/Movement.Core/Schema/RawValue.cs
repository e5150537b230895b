using Movement.Core.Diagnostics;

namespace Movement.Core.Schema;

/// <summary>
/// An unvalidated value as written by an author, from YAML or from a spreadsheet cell, with its place
/// in the file. The schema validator works on these so every source gets the same checks and messages.
/// </summary>
public abstract record RawValue(SourceLocation Location);
