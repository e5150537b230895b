using System.Text.Json.Nodes;
using Movement.Core.Schema;
using Movement.Site.Rendering;

namespace Movement.Site.Content.Events;

/// <summary>A conference, workshop, webinar or awareness-week event, at times in the UK's own clock.</summary>
public sealed record EventItem : ContentItem
{
    public override string Kind => EventType.Name;

    public DateAndTime Start { get; init; }

    /// <summary>When it ends, if the writer said; an all-day event's end is its last day.</summary>
    public DateAndTime? End { get; init; }

    /// <summary>"in-person", "online" or "hybrid".</summary>
    public string Attendance { get; init; } = Attendances.InPerson;

    public string Venue { get; init; } = "";

    public string Address { get; init; } = "";

    /// <summary>The organising member's slug, or "" when the movement itself runs it.</summary>
    public string Organiser { get; init; } = "";

    /// <summary>The organiser's name and page, filled in when the page is made (the member may be renamed without touching this file).</summary>
    public string OrganiserName { get; init; } = "";

    public string OrganiserUrl { get; init; } = "";

    /// <summary>The year of the awareness week it is part of, or "".</summary>
    public string AwarenessWeek { get; init; } = "";

    /// <summary>Where to book or join.</summary>
    public string Booking { get; init; } = "";

    /// <summary>Step-free access, captions, quiet rooms, British Sign Language: what people need to know to come.</summary>
    public string Accessibility { get; init; } = "";

    /// <summary>"scheduled", "postponed" or "cancelled".</summary>
    public string EventStatus { get; init; } = "scheduled";

    /// <summary>The last day it runs on.</summary>
    public DateOnly LastDay => End?.Date ?? Start.Date;

    /// <summary>Whether it is over on a day: upcoming until its last day has passed.</summary>
    public bool IsPastOn(DateOnly today) => LastDay < today;

    public override string CardLine => string.Join(" · ", new[] { EventTimes.Describe(Start, End), Attendances.Where(this) }.Where(s => s.Length > 0));

    public override JsonObject? StructuredData(PageContext page) => EventStructuredData.Of(this, page);
}
