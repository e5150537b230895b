namespace Movement.Site.Content.Tracker;

/// <summary>The tracker's page of changes, newest first, with its feeds beside it.</summary>
public sealed record TrackerChanges(IReadOnlyList<PositionChange> Changes)
{
    public const string Url = "/tracker/changes/";

    public const string Title = "Policy tracker: what changed";

    public const string Description = "Every change in where the UK's four governments stand on our asks, newest first.";

    /// <summary>The date of the latest change, GOV.UK's "last updated".</summary>
    public DateOnly? LastUpdated => Changes.Count > 0 ? Changes[0].Entry.Date : null;
}
