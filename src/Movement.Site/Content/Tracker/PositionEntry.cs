namespace Movement.Site.Content.Tracker;

/// <summary>
/// Where one government stood on one ask from a date: its commitment and delivery, what happened in plain words,
/// and the documents that show it. Entries are only ever added; the latest one is the current position.
/// </summary>
public sealed record PositionEntry(string Government, DateOnly Date, string Commitment, string Delivery, string Note, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Whether the entry is an example written for the demonstration site rather than a checked record.</summary>
    public bool Illustrative { get; init; }

    /// <summary>The entry's anchor on its ask's page, also the id of its change in the feeds.</summary>
    public string Anchor => $"{Government}-{Date:yyyy-MM-dd}";

    public string GovernmentName => Governments.NameOf(Government);
}
