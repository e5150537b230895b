namespace Movement.Site.Content.Tracker;

/// <summary>A government that takes decisions for babies, with the slug content files and addresses use.</summary>
public sealed record Government(string Id, string Name);
