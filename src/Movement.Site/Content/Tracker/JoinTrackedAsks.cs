using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Core.Schema;
using Movement.Core.Text;
using Movement.Site.Calendar;
using Movement.Site.Content;
using Movement.Site.Content.Briefs;

namespace Movement.Site.Content.Tracker;

/// <summary>
/// Gives each tracker file its ask: the words, number and brief, looked up by the ask's id, so every later step
/// (pages, search, the API, feeds) sees a whole ask. Checks the ids, and holds back entries dated in the future
/// until their day, as the site holds back future-dated pages.
/// </summary>
public sealed class JoinTrackedAsks : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var asks = AsksById(inputs, context.Diagnostics);
        var today = UkDate.Today(context.Clock);
        return Task.FromResult(inputs.Select(document => document.Get(SiteKeys.Item) is TrackedAsk tracked ? Join(document, tracked, asks, today, context.Diagnostics) : document).ToImmutableArray());
    }

    private static Dictionary<string, (PolicyBrief Brief, PolicyAsk Ask)> AsksById(ImmutableArray<Document> inputs, IDiagnostics diagnostics)
    {
        var asks = new Dictionary<string, (PolicyBrief, PolicyAsk)>(StringComparer.Ordinal);
        foreach (var document in inputs.Where(d => d.Get(SiteKeys.Item) is PolicyBrief).OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            var brief = (PolicyBrief)document.Require(SiteKeys.Item);
            var written = document.Require(SiteKeys.Fields).Objects("asks");
            foreach (var ask in brief.Asks.Where(a => a.Id.Length > 0))
            {
                var location = written[ask.Number - 1].LocationOf("id");
                if (!Slugs.IsValid(ask.Id))
                {
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidAskId, location, $"The ask id '{ask.Id}' cannot be used in a web address.",
                        $"Use only lowercase letters, digits and hyphens, for example id: {Slugs.From(ask.Id)}"));
                }
                else if (asks.TryGetValue(ask.Id, out var first))
                {
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.DuplicateAskId, location, $"The ask id '{ask.Id}' is already used by ask {first.Item2.Number} of '{first.Item1.Title}'.",
                        "Each ask needs its own id: its history is kept under it. Give this ask another id, e.g. one made of its key words."));
                }
                else
                {
                    asks[ask.Id] = (brief, ask);
                }
            }
        }

        return asks;
    }

    private static Document Join(Document document, TrackedAsk tracked, Dictionary<string, (PolicyBrief Brief, PolicyAsk Ask)> asks, DateOnly today, IDiagnostics diagnostics)
    {
        if (!asks.TryGetValue(tracked.AskId, out var found))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownTrackedAsk, new SourceLocation(tracked.Source, 1, 1),
                $"No brief has an ask with the id '{tracked.AskId}', which this file is named after.{Suggestions.DidYouMean(tracked.AskId, asks.Keys)}",
                $"Name the file after the 'id:' of an ask in a brief (tracker/<id>.md), or add 'id: {tracked.AskId}' to the ask in its brief's 'asks:' list."));
            return document with { Metadata = document.Metadata.Remove(SiteKeys.Item.Name) };
        }

        // An entry waits for its date like a future-dated page: the tracker never shows a position before it is taken.
        var entries = tracked.Entries.Where(e => e.Date <= today).ToList();
        IReadOnlyList<Building.ScheduledItem> waiting = [.. tracked.Entries.Where(e => e.Date > today).Select(e => new Building.ScheduledItem(tracked.Source, $"{tracked.Url}#{e.Anchor}", e.Date))];
        var shown = waiting.Count > 0 ? document.With(SiteKeys.ScheduledParts, waiting) : document;
        return shown.With(SiteKeys.Fields, WithoutFutureEntries(document.Require(SiteKeys.Fields), today)).With(SiteKeys.Item, tracked with
        {
            Title = found.Ask.Title,
            Summary = found.Ask.Detail,
            Number = found.Ask.Number,
            BriefTitle = found.Brief.Title,
            BriefUrl = found.Brief.Url,
            Topics = found.Brief.Topics,
            Nations = found.Brief.Nations,
            Entries = entries,
            Date = entries.Count > 0 ? entries.Max(e => e.Date) : null,
        });
    }

    /// <summary>The fields as written, less the entries still to come: the API publishes the fields, and must not show them early.</summary>
    private static FieldValues WithoutFutureEntries(FieldValues fields, DateOnly today)
    {
        var shown = fields.Objects("entries").Where(e => e.Date("date") is not { } date || date <= today).ToList();
        return new FieldValues(fields.Location,
        [
            KeyValuePair.Create("entries", ((object)shown, fields.LocationOf("entries"))),
            .. new[] { "name", "status" }.Where(fields.Has).Select(name => KeyValuePair.Create(name, ((object)fields.Text(name)!, fields.LocationOf(name)))),
        ]);
    }
}
