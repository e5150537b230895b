namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>One day of an awareness week and its theme.</summary>
public sealed record AwarenessDay(DateOnly Date, string Theme, string Summary);
