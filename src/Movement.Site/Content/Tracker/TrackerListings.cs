using Movement.Site.Listings;

namespace Movement.Site.Content.Tracker;

/// <summary>The tracker's own pages: the table, each filtered table, and the changes.</summary>
public static class TrackerListings
{
    public const string Description = "Where the UK Government, the Scottish Government, the Welsh Government and the Northern Ireland Executive stand on each of our asks, with the evidence.";

    public static IEnumerable<ListingPage> From(IReadOnlyList<TrackedAsk> asks)
    {
        if (asks.Count == 0)
        {
            yield break; // A site that tracks nothing gets no empty tracker.
        }

        foreach (var government in (string[])[TrackerBoard.AllGovernments, .. Governments.Ids])
        {
            foreach (var status in (string[])[TrackerBoard.AnyStatus, .. Positions.All])
            {
                var board = TrackerBoard.For(asks, government, status);
                yield return new ListingPage(TrackerBoard.UrlOf(government, status), board.Title, Description, board);
            }
        }

        yield return new ListingPage(TrackerChanges.Url, TrackerChanges.Title, TrackerChanges.Description, new TrackerChanges(PositionChange.Of(asks)));
    }
}
