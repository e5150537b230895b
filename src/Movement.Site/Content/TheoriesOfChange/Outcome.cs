namespace Movement.Site.Content.TheoriesOfChange;

/// <summary>A change the movement works towards, with the signs that show progress.</summary>
public sealed record Outcome(string Title, string Description, IReadOnlyList<string> Indicators);
