using Movement.Core.Diagnostics;

namespace Movement.Core.Html;

/// <summary>
/// Something the sanitiser took out of an author's HTML, where it was written, why it cannot stay and what
/// to write instead.
/// </summary>
public sealed record RemovedMarkup(string What, string Why, string Hint, SourceLocation Location);
