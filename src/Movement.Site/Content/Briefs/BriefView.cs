namespace Movement.Site.Content.Briefs;

/// <summary>A brief with the related briefs it names, for its page.</summary>
public sealed record BriefView(PolicyBrief Brief, IReadOnlyList<PolicyBrief> Related) : IItemView
{
    public ContentItem Item => Brief;
}
