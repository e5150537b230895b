namespace Movement.Site.Content;

/// <summary>
/// A field that names an item of another type by its slug, such as an event's organiser (a member). The build
/// checks that the item exists, and the named item's page lists what names it.
/// </summary>
/// <param name="Field">The field, a single slug.</param>
/// <param name="Type">The name of the type it names, e.g. "member".</param>
public sealed record ContentReference(string Field, string Type);
