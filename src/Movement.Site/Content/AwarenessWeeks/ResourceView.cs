namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>A resource's page, with the week it belongs to when there is one.</summary>
public sealed record ResourceView(PartnerResource Resource, AwarenessWeek? Week) : IItemView
{
    public ContentItem Item => Resource;
}
