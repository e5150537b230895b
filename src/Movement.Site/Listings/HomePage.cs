using Movement.Site.Content.Briefs;

namespace Movement.Site.Listings;

public sealed record HomePage(
    PolicyBrief? Calls,
    IReadOnlyList<ListingCard> LatestBriefs,
    IReadOnlyList<ListingCard> LatestNews,
    WeekStatus? Week,
    int MemberCount,
    IReadOnlyList<string> MemberNations)
{
    /// <summary>Where the members work, for the home page's count: all four nations when any member is UK-wide.</summary>
    public IReadOnlyList<string> MemberCountries =>
        MemberNations.Contains("uk-wide") ? ["england", "scotland", "wales", "northern-ireland"] : MemberNations;
}
