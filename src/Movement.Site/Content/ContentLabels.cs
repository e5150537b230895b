namespace Movement.Site.Content;

/// <summary>What visitors call one item of a type and several, e.g. "Policy brief" and "Policy briefs".</summary>
public sealed record ContentLabels(string One, string Many);
