namespace Movement.Site.Content.Briefs;

/// <summary>A policy brief: a summary, numbered asks, the argument in Markdown, and downloads.</summary>
public sealed record PolicyBrief : ContentItem
{
    public override string Kind => "brief";

    public IReadOnlyList<PolicyAsk> Asks { get; init; } = [];

    public IReadOnlyList<Download> Downloads { get; init; } = [];

    /// <summary>Slugs of related briefs, checked to exist.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
}
