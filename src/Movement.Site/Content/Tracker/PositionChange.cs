namespace Movement.Site.Content.Tracker;

/// <summary>One entry of an ask's history seen as news: what changed, for whom, and from what.</summary>
/// <param name="Previous">The government's position before this entry; null for its first.</param>
public sealed record PositionChange(TrackedAsk Ask, PositionEntry Entry, PositionEntry? Previous)
{
    /// <summary>Where the entry is on its ask's page.</summary>
    public string Url => $"{Ask.Url}#{Entry.Anchor}";

    /// <summary>Every change of every ask, newest first.</summary>
    public static IReadOnlyList<PositionChange> Of(IEnumerable<TrackedAsk> asks) =>
    [
        .. asks.SelectMany(ask => ask.Entries.Select(entry => new PositionChange(ask, entry, ask.Entries.Where(e => e.Government == entry.Government && e.Date < entry.Date).MaxBy(e => e.Date))))
            .OrderByDescending(c => c.Entry.Date).ThenBy(c => c.Ask.Url, StringComparer.Ordinal).ThenBy(c => c.Entry.Government, StringComparer.Ordinal),
    ];

    /// <summary>The change in words: "Committed, delivery in progress (was: considering, not started)".</summary>
    public string Describe() => Previous is null
        ? $"{Positions.NameOf(Entry.Commitment)}, delivery {Positions.NameOf(Entry.Delivery).ToLowerInvariant()}"
        : $"{Positions.NameOf(Entry.Commitment)}, delivery {Positions.NameOf(Entry.Delivery).ToLowerInvariant()} (was: {Positions.NameOf(Previous.Commitment).ToLowerInvariant()}, {Positions.NameOf(Previous.Delivery).ToLowerInvariant()})";

    /// <summary>
    /// The change as a feed entry: its ask, titled and dated by the change and addressed to the entry, so the
    /// site's feed writers publish changes as they publish pages, with an id per change.
    /// </summary>
    public TrackedAsk AsFeedItem() => Ask with
    {
        Title = $"{Entry.GovernmentName}: {Ask.Title}",
        Summary = $"{Describe()}. {Entry.Note}{(Entry.Illustrative ? " (Illustrative entry.)" : "")}",
        Url = Url,
        Date = Entry.Date,
        Updated = null,
    };
}
