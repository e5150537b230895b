using Movement.Site.Content.TheoryOfChange;

namespace Movement.Site.Listings;

public sealed record TheoryOfChangeIndex(IReadOnlyList<TheoryOfChangeDocument> Documents);
