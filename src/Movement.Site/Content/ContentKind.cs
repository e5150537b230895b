namespace Movement.Site.Content;

/// <summary>
/// What pages say about a content type: its name, what visitors call one, the label its social cards carry, and
/// the section its listing and pages sit under (both "" for pages outside a section).
/// </summary>
public sealed record ContentKind(string Name, string Label, string CardLabel, string Section);
