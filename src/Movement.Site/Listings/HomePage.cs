using Movement.Site.Content.Briefs;
using Movement.Site.Content.News;

namespace Movement.Site.Listings;

public sealed record HomePage(
    PolicyBrief? Calls,
    IReadOnlyList<PolicyBrief> LatestBriefs,
    IReadOnlyList<NewsItem> LatestNews,
    WeekStatus? Week,
    int MemberCount);
