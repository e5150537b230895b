namespace Movement.Site.Content.TheoriesOfChange;

/// <summary>Something the movement does, which leads to its outcomes.</summary>
public sealed record Activity(string Title, string Detail);
