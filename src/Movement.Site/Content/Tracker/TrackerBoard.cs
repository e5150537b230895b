namespace Movement.Site.Content.Tracker;

/// <summary>
/// The tracker table: asks down, governments across, each cell the current position. Filters are pre-built pages,
/// one per government and status, reached by links that keep the other filter (as the member directory does):
/// they work with no script and no server, and every filtered view has an address to share. A GET form would
/// need the host to map its query to a page, or a script.
/// </summary>
public sealed record TrackerBoard(string Government, string Status, IReadOnlyList<Government> Columns, IReadOnlyList<TrackedAsk> Rows, DateOnly? LastUpdated)
{
    public const string Url = "/tracker/";

    /// <summary>The government filter's value for every government.</summary>
    public const string AllGovernments = "all";

    /// <summary>The status filter's value for any status.</summary>
    public const string AnyStatus = "any";

    public bool IsFiltered => Government != AllGovernments || Status != AnyStatus;

    public static string UrlOf(string government, string status) =>
        government == AllGovernments && status == AnyStatus ? Url : $"{Url}filter/{government}/{status}/";

    /// <summary>Whether a cell's position is one the status filter asks for.</summary>
    public bool Shows(PositionEntry? position) => Status == AnyStatus || position is not null && (position.Commitment == Status || position.Delivery == Status);

    public static TrackerBoard For(IReadOnlyList<TrackedAsk> asks, string government, string status)
    {
        IReadOnlyList<Government> columns = government == AllGovernments ? Governments.All : [.. Governments.All.Where(g => g.Id == government)];
        var board = new TrackerBoard(government, status, columns, [], asks.Select(a => a.Date).Max());
        return board with
        {
            Rows = [.. asks.Where(a => columns.Any(c => board.Shows(a.CurrentOf(c.Id))))
                .OrderBy(a => a.BriefUrl, StringComparer.Ordinal).ThenBy(a => a.Number).ThenBy(a => a.AskId, StringComparer.Ordinal)],
        };
    }

    /// <summary>The page's title: "Policy tracker", or what it is filtered to.</summary>
    public string Title => IsFiltered
        ? $"Policy tracker: {string.Join(", ", new[] { Government == AllGovernments ? "" : Governments.NameOf(Government), Status == AnyStatus ? "" : Positions.NameOf(Status).ToLowerInvariant() }.Where(s => s.Length > 0))}"
        : "Policy tracker";
}
