using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.Listings;

public sealed record AwarenessArchive(IReadOnlyList<AwarenessWeek> Weeks, WeekStatus? Featured);
