namespace Movement.Site.Content.Tracker;

/// <summary>A public document that shows a position: a strategy, a Hansard debate, a committee report, a funding announcement.</summary>
public sealed record Evidence(string Title, string Publisher, DateOnly Date, string Link);
