using Movement.Core.Diagnostics;

namespace Movement.Core.Markdown.Extensions.SafeHtml;

/// <summary>Something taken out of an author's HTML because it could run code, with where it was written.</summary>
public sealed record RemovedMarkup(string What, SourceLocation Location);
