namespace Movement.Site.Content.Events;

/// <summary>How people take part in an event: in a room, online, or either.</summary>
public static class Attendances
{
    public const string InPerson = "in-person";
    public const string Online = "online";
    public const string Hybrid = "hybrid";

    public static IReadOnlyList<string> Ids { get; } = [InPerson, Online, Hybrid];

    /// <summary>Where it happens, in a few words: "Online", or its venue's first line.</summary>
    public static string Where(EventItem item) => item.Attendance switch
    {
        Online => "Online",
        Hybrid when item.Venue.Length > 0 => $"{item.Venue} and online",
        _ => item.Venue,
    };
}
