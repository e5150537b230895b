using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Pipelines;

namespace Movement.Site.Content.Events;

/// <summary>Writes each event's calendar file beside its page, and the calendar of upcoming events.</summary>
public sealed class RenderEventCalendars(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var events = inputs.Select(d => d.Get(SiteKeys.Item)).OfType<EventItem>().OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        var listing = EventListing.From(events, UkDate.Today(context.Clock));
        var files = events
            .Select(e => new Document { Destination = SitePath.OutputFileForUrl(EventCalendar.UrlOf(e)), Text = EventCalendar.Of([e], site.Settings) })
            .Append(new Document { Destination = SitePath.OutputFileForUrl(EventListing.CalendarUrl), Text = EventCalendar.Of(listing.Upcoming, site.Settings, $"{site.Settings.Title}: events") });
        return Task.FromResult(inputs.AddRange(files));
    }
}
