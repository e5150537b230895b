namespace Movement.Site.Listings;

/// <summary>
/// Everything tagged with one topic or one nation. A nation's members are counted and linked to the member
/// directory's page for that nation instead of listed: a movement of thousands would make the page endless.
/// </summary>
public sealed record TaxonomyPage(string Taxonomy, string Id, string Title, string Summary, IReadOnlyList<ListingCard> Items)
{
    /// <summary>How many members the directory page at <see cref="MembersUrl"/> lists.</summary>
    public int MemberCount { get; init; }

    public string? MembersUrl { get; init; }
}
