using Movement.Site.Content.Tracker;

namespace Movement.Site.Content.Briefs;

/// <summary>A brief with the related briefs it names and where its tracked asks stand, for its page.</summary>
public sealed record BriefView(PolicyBrief Brief, IReadOnlyList<PolicyBrief> Related) : IItemView
{
    public ContentItem Item => Brief;

    /// <summary>Its asks that the tracker follows, in the brief's order.</summary>
    public IReadOnlyList<TrackedAsk> Tracked { get; init; } = [];

    public TrackedAsk? TrackedAsk(PolicyAsk ask) => ask.Id.Length == 0 ? null : Tracked.FirstOrDefault(t => t.AskId == ask.Id);
}
