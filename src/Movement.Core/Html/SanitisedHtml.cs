namespace Movement.Core.Html;

/// <summary>HTML that passed the allow-list, and what was taken out of it on the way.</summary>
public sealed record SanitisedHtml(string Html, IReadOnlyList<RemovedMarkup> Removed);
