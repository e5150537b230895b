namespace Movement.Site.Content.Briefs;

/// <summary>One numbered ask of a policy brief: what decision makers should do.</summary>
public sealed record PolicyAsk(int Number, string Title, string Detail);
