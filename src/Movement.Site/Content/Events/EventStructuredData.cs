using System.Text.Json.Nodes;
using Movement.Site.Metadata;
using Movement.Site.Rendering;

namespace Movement.Site.Content.Events;

/// <summary>An event's page as a schema.org Event, which search engines show with its date and place.</summary>
public static class EventStructuredData
{
    public static JsonObject Of(EventItem item, PageContext page)
    {
        var happening = StructuredData.Typed("Event");
        happening["name"] = item.Title;
        happening["description"] = item.Summary;
        happening["startDate"] = EventTimes.Iso(item.Start);
        if (item.End is { } end)
        {
            happening["endDate"] = EventTimes.Iso(end);
        }

        happening["eventStatus"] = "https://schema.org/" + item.EventStatus switch
        {
            "cancelled" => "EventCancelled",
            "postponed" => "EventPostponed",
            _ => "EventScheduled",
        };
        happening["eventAttendanceMode"] = "https://schema.org/" + item.Attendance switch
        {
            Attendances.Online => "OnlineEventAttendanceMode",
            Attendances.Hybrid => "MixedEventAttendanceMode",
            _ => "OfflineEventAttendanceMode",
        };
        happening["location"] = Location(item, page);
        happening["url"] = page.CanonicalUrl;
        happening["inLanguage"] = item.Lang == "cy" ? "cy-GB" : page.Site.Language;
        happening["organizer"] = item.OrganiserName.Length > 0 ? Organiser(item, page) : StructuredData.Organisation(page.Site);
        return happening;
    }

    private static JsonObject Organiser(EventItem item, PageContext page)
    {
        var organiser = StructuredData.Typed("Organization", withContext: false);
        organiser["name"] = item.OrganiserName;
        organiser["url"] = page.Site.AbsoluteUrl(item.OrganiserUrl);
        return organiser;
    }

    private static JsonNode Location(EventItem item, PageContext page)
    {
        var online = StructuredData.Typed("VirtualLocation", withContext: false);
        online["url"] = item.Booking.Length > 0 && !item.IsPastOn(page.Today) ? item.Booking : page.CanonicalUrl;
        if (item.Attendance == Attendances.Online)
        {
            return online;
        }

        var place = StructuredData.Place(item.Venue);
        if (item.Address.Length > 0)
        {
            place["address"] = item.Address;
        }

        return item.Attendance == Attendances.Hybrid ? StructuredData.Array([place, online]) : place;
    }
}
