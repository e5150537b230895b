using Movement.Site.Content.TheoriesOfChange;

namespace Movement.Site.Listings;

public sealed record TheoryOfChangeIndex(IReadOnlyList<TheoryOfChange> Documents);
