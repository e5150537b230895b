namespace Movement.Site.Content.Tracker;

/// <summary>
/// One policy ask and the history of every government's position on it. Its file is named by the ask's id, so
/// the history stays put when the brief is renamed; the ask's words and brief are filled in from the brief when
/// the site is built (<see cref="JoinTrackedAsks"/>), so they are written once.
/// </summary>
public sealed record TrackedAsk : ContentItem
{
    public override string Kind => TrackerType.Name;

    /// <summary>The ask's id, which is also its file name and slug.</summary>
    public string AskId => Slug;

    /// <summary>The ask's number in its brief, from 1; 0 until joined to the brief.</summary>
    public int Number { get; init; }

    public string BriefTitle { get; init; } = "";

    public string BriefUrl { get; init; } = "";

    /// <summary>Every published entry, in the order written (date order within each government).</summary>
    public IReadOnlyList<PositionEntry> Entries { get; init; } = [];

    /// <summary>A government's entries, newest first.</summary>
    public IReadOnlyList<PositionEntry> HistoryOf(string government) =>
        [.. Entries.Where(e => e.Government == government).OrderByDescending(e => e.Date)];

    /// <summary>A government's current position: its latest entry, or null when nothing is recorded.</summary>
    public PositionEntry? CurrentOf(string government) => Entries.Where(e => e.Government == government).MaxBy(e => e.Date);

    /// <summary>The anchor of the ask on its brief's page.</summary>
    public string BriefAnchorUrl => $"{BriefUrl}#{Briefs.PolicyAsk.AnchorOf(Number)}";
}
