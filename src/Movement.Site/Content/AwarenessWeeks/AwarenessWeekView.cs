namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>A week's hub page: the week, its resources and the other years.</summary>
public sealed record AwarenessWeekView(AwarenessWeek Week, IReadOnlyList<PartnerResource> Resources, IReadOnlyList<AwarenessWeek> OtherYears);
