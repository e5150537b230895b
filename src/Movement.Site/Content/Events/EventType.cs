using Movement.Core.Diagnostics;
using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Members;
using Movement.Site.Listings;
using Movement.Site.Settings;

namespace Movement.Site.Content.Events;

/// <summary>Events: one Markdown file each in events/, a page each, a listing of what is coming and what has been, and calendar files.</summary>
public static class EventType
{
    public const string Name = "event";

    public const string PipelineName = "Events";

    private const string Description = "Conferences, workshops and webinars on babies' emotional wellbeing, across the UK.";

    public static ContentType Create(SiteSettings settings) => new()
    {
        Name = Name,
        Pattern = "events/*.md",
        WaitsForDate = false, // An event is announced before it happens: that is the point of its page.
        Labels = new("Event", "Events"),
        Section = new(EventListing.Url, "Events"),
        PipelineName = PipelineName,
        CreatePipeline = site => new EventsPipeline(site),
        SearchPosition = 8,
        SearchWeight = 60, // An event names its organiser and place: the member's own page should come first.
        OnTaxonomyPages = true,
        Feed = new(3, "events", Description),
        References = [new("organiser", MemberType.Name), new("awareness_week", AwarenessWeekType.Name)],
        Listings = listing => [new ListingPage(EventListing.Url, "Events", Description, EventListing.From(listing.Items.OfType<EventItem>(), listing.Today))],
        Schema = new ContentSchema(Name, "Event",
        [
            Field.Text("title", "Title").Required().WithExample("Infant at the Centre workshop"),
            Field.LongText("summary", "Summary (shown first)").Required().WithExample("A morning for practitioners on keeping babies in mind."),
            Field.DateTime("start", "Starts (date, and time in the UK)").Required(),
            Field.DateTime("end", "Ends"),
            Field.Choice("attendance", "Online or in person", Attendances.Ids).Required(),
            Field.Text("venue", "Venue").WithExample("Wolverhampton Civic Centre"),
            Field.LongText("address", "Address").WithExample("St Peter's Square, Wolverhampton WV1 1SH"),
            Field.Text("organiser", "Organiser (a member's slug)").WithExample("city-of-wolverhampton-council"),
            Field.Url("booking", "Booking or joining link"),
            Field.LongText("accessibility", "Accessibility").WithExample("Step-free access, a hearing loop and live captions."),
            Field.Text("awareness_week", "Part of the awareness week of (year)").WithExample("2025"),
            Field.Choice("event_status", "Status of the event", ["scheduled", "postponed", "cancelled"]),
            Field.Date("updated", "Last updated"),
            CommonFields.Topics(settings),
            Field.ChoiceList("nations", "Nations", Nations.Ids),
            .. CommonFields.All,
        ]),
        Bind = Bind,
        UrlFor = (slug, _) => $"{EventListing.Url}{slug}/",
        NewFilePath = (slug, _) => $"events/{slug}.md",
    };

    private static ContentItem Bind(FieldValues fields, BindContext context)
    {
        var start = fields.DateAndTime("start") ?? default;
        var end = fields.DateAndTime("end");
        if (end is { } last && fields.Has("start"))
        {
            if (last.IsAllDay != start.IsAllDay)
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventDayAndTimeMixed, fields.LocationOf("end"),
                    start.IsAllDay ? "The event starts on a day but ends at a time." : "The event starts at a time but ends on a day.",
                    start.IsAllDay ? $"Give both a time, e.g. start: {start.Date:yyyy-MM-dd} 10:00, or neither for an all-day event." : $"Give the end a time too, e.g. end: {last.Date:yyyy-MM-dd} 16:00."));
                end = null;
            }
            else if (last.WallClock < start.WallClock)
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventEndsBeforeStart, fields.LocationOf("end"), $"The event ends ({last}) before it starts ({start}).",
                    "Check 'start' and 'end': 'end' must be the same as 'start' or later."));
                end = null;
            }
        }

        var attendance = fields.Text("attendance") ?? Attendances.InPerson;
        var venue = fields.Text("venue") ?? "";
        if (attendance != Attendances.Online && venue.Length == 0 && fields.Has("attendance"))
        {
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EventWithoutVenue, fields.LocationOf("attendance"), $"An event that is {attendance} needs a venue.",
                "Add a line 'venue: ...' naming the place (and 'address: ...'), or write attendance: online."));
        }

        return new EventItem
        {
            Start = start,
            End = end,
            Date = start.Date,
            Attendance = attendance,
            Venue = venue,
            Address = fields.Text("address") ?? "",
            Organiser = fields.Text("organiser") ?? "",
            AwarenessWeek = fields.Text("awareness_week") ?? "",
            Booking = fields.Text("booking") ?? "",
            Accessibility = fields.Text("accessibility") ?? "",
            EventStatus = fields.Text("event_status") ?? "scheduled",
        };
    }
}
