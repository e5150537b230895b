namespace Movement.Site.Content;

/// <summary>What decides where 'movement new' puts a file besides its slug.</summary>
/// <param name="Today">The UK date.</param>
/// <param name="AwarenessWeek">The year folder of the awareness week new resources belong to (site.yml's current week, else the newest), if there is one.</param>
public sealed record NewFilePlace(DateOnly Today, string? AwarenessWeek);
