using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;

namespace Movement.Site.Content.Events;

/// <summary>
/// Warns about an event that is over but still offers booking: its page stops offering it, and the writer
/// should know. A warning, not an error: the day passing must never break a build that worked yesterday.
/// </summary>
public sealed class CheckEventDates : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        foreach (var document in inputs)
        {
            if (document.Get(SiteKeys.Item) is EventItem { Booking.Length: > 0 } item && item.IsPastOn(today))
            {
                context.Diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.PastEventBooking, document.Require(SiteKeys.Fields).LocationOf("booking"),
                    $"This event ended on {item.LastDay:d MMMM yyyy} but still has a booking link.",
                    "The page no longer shows it. Remove the 'booking' line, or correct 'start' and 'end' if the event has moved."));
            }
        }

        return Task.FromResult(inputs);
    }
}
