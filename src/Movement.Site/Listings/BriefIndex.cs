using Movement.Site.Content.Briefs;

namespace Movement.Site.Listings;

/// <summary>The briefs listing, newest first.</summary>
public sealed record BriefIndex(IReadOnlyList<ListingCard> Briefs)
{
    public BriefIndex(IEnumerable<PolicyBrief> briefs)
        : this(ListingCard.ListOf(briefs))
    {
    }
}
