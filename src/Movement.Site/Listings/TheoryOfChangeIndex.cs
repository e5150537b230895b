using Movement.Site.Content.TheoriesOfChange;

namespace Movement.Site.Listings;

public sealed record TheoryOfChangeIndex(IReadOnlyList<ListingCard> Documents)
{
    public TheoryOfChangeIndex(IEnumerable<TheoryOfChange> documents)
        : this(ListingCard.ListOf(documents))
    {
    }
}
