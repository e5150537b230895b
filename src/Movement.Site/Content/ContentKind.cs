namespace Movement.Site.Content;

/// <summary>What pages say about a content type: its name, what visitors call one, and the label its social cards carry (none for pages outside a section).</summary>
public sealed record ContentKind(string Name, string Label, string CardLabel);
