using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Schema;
using Movement.Site.Content.Briefs;
using Movement.Site.Listings;

namespace Movement.Site.Content.Tracker;

/// <summary>
/// The policy-ask tracker: one file per ask in tracker/, named by the ask's id, holding every government's dated
/// positions on it. Read with the briefs (the asks' words live there), shown as the tracker table, filtered
/// tables, a page per ask and a page of changes.
/// </summary>
public static class TrackerType
{
    public const string Name = "ask";

    public const string Folder = "tracker";

    public static ContentType Create() => new()
    {
        Name = Name,
        Pattern = $"{Folder}/*.md",
        // The file has no date of its own: each entry waits for its date instead (see JoinTrackedAsks).
        WaitsForDate = false,
        Labels = new("Policy ask", "Policy asks"),
        Api = AskApi.Create(),
        Section = new(TrackerBoard.Url, "Policy tracker"),
        PipelineName = BriefType.PipelineName, // The asks' words are in the briefs: joined in one pipeline's Parse phase.
        SearchPosition = 9,
        SearchWeight = 80, // The brief is the fuller page about the ask; its tracker page comes just after.
        // Its feed is of changes, not of asks: each dated entry of each ask, beside the changes page.
        Feed = new(4, "policy tracker changes", TrackerChanges.Description)
        {
            Url = TrackerChanges.Url,
            Entries = items => PositionChange.Of(items.OfType<TrackedAsk>()).Select(c => (ContentItem)c.AsFeedItem()),
        },
        Listings = listing => TrackerListings.From(listing.Items.OfType<TrackedAsk>().ToList()),
        Schema = new ContentSchema(Name, "Policy ask tracker",
        [
            Field.ObjectList("entries", "Positions, oldest first (add new ones at the end)",
                Field.Choice("government", "Government", Governments.Ids).Required(),
                Field.Date("date", "Date of the change").Required(),
                Field.Choice("commitment", "Commitment", Positions.Commitments).Required(),
                Field.Choice("delivery", "Delivery", Positions.Deliveries).Required(),
                Field.LongText("note", "What happened, in plain words").Required().WithExample("The government published a plan that names babies' emotional wellbeing."),
                Field.Boolean("illustrative", "Illustrative (an example, not a checked record)"),
                Field.ObjectList("evidence", "Evidence",
                    Field.Text("title", "Title").Required().WithExample("The best start for life: a vision for the 1,001 critical days"),
                    Field.Text("publisher", "Publisher").Required().WithExample("Department of Health and Social Care"),
                    Field.Date("date", "Date published"),
                    Field.Url("link", "Link"))).Required(),
            // The editing UI names a new file from this field; the build names the ask from the file, so it is only for editors.
            Field.Text("name", "Ask id, as in its brief (names a new file in the editing UI)").WithExample("strategic-commitment"),
            Field.Choice("status", "Status", ["published", "draft"]),
        ]),
        Bind = Bind,
        UrlFor = (slug, _) => $"{TrackerBoard.Url}{slug}/",
        NewFilePath = (slug, _) => $"{Folder}/{slug}.md",
    };

    private static ContentItem Bind(FieldValues fields, BindContext context)
    {
        var entries = new List<PositionEntry>();
        foreach (var entry in fields.Objects("entries"))
        {
            if (Entry(entry, context.Diagnostics) is not { } read)
            {
                continue; // Its problems are reported by the schema.
            }

            var before = entries.Where(e => e.Government == read.Government).LastOrDefault();
            if (before is not null && read.Date < before.Date)
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TrackerEntryOutOfOrder, entry.LocationOf("date"),
                    $"This {read.GovernmentName} entry ({read.Date:yyyy-MM-dd}) comes after one dated later ({before.Date:yyyy-MM-dd}).",
                    "Keep each government's entries oldest first: move this entry above the later one, or correct its date."));
            }
            else if (before is not null && read.Date == before.Date)
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TrackerEntrySameDay, entry.LocationOf("date"),
                    $"There are two {read.GovernmentName} entries on {read.Date:yyyy-MM-dd}.",
                    "One position a day per government: merge the two notes and their evidence into one entry."));
            }

            entries.Add(read);
        }

        var askId = SitePath.FileNameWithoutExtension(context.Source);
        return new TrackedAsk { Title = askId, Entries = entries };
    }

    private static PositionEntry? Entry(FieldValues entry, IDiagnostics diagnostics)
    {
        var evidence = new List<Evidence>();
        foreach (var source in entry.Objects("evidence"))
        {
            var missing = new[] { "link", "date" }.Where(f => !source.Has(f)).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EvidenceIncomplete, source.Location,
                    $"The evidence '{source.Text("title")}' has no {string.Join(" or ", missing)}.",
                    "Readers must be able to check it: give its address (link: https://...) and the date it was published (date: YYYY-MM-DD). For a document not online, link to its publisher's site."));
                continue;
            }

            evidence.Add(new Evidence(source.RequiredText("title"), source.RequiredText("publisher"), source.Date("date")!.Value, source.RequiredText("link")));
        }

        if (entry.Text("government") is not { } government || entry.Date("date") is not { } date
            || entry.Text("commitment") is not { } commitment || entry.Text("delivery") is not { } delivery || entry.Text("note") is not { } note)
        {
            return null;
        }

        return new PositionEntry(government, date, commitment, delivery, note, evidence) { Illustrative = entry.Boolean("illustrative") ?? false };
    }
}
