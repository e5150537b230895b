namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>A week's hub page: the week, its resources, the other years and how the week stands on the build date.</summary>
public sealed record AwarenessWeekView(AwarenessWeek Week, IReadOnlyList<PartnerResource> Resources, IReadOnlyList<AwarenessWeek> OtherYears, Listings.WeekStatus Status) : IItemView
{
    public ContentItem Item => Week;
}
