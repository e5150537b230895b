namespace Movement.Site.Building;

/// <summary>A valid item dated in the future: not published yet, it appears on the first build on or after its date.</summary>
public sealed record ScheduledItem(string Source, string Url, DateOnly Date);
