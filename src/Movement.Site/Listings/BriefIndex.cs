using Movement.Site.Content.Briefs;

namespace Movement.Site.Listings;

public sealed record BriefIndex(IReadOnlyList<PolicyBrief> Briefs);
