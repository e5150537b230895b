namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>One year's awareness week: its theme, dates, daily themes and hashtag.</summary>
public sealed record AwarenessWeek : ContentItem
{
    public override string Kind => "awareness-week";

    /// <summary>The year folder the week lives in, e.g. "2025".</summary>
    public string Year { get; init; } = "";

    public string Theme { get; init; } = "";

    public DateOnly Start { get; init; }

    public DateOnly End { get; init; }

    public string Hashtag { get; init; } = "";

    public IReadOnlyList<AwarenessDay> Days { get; init; } = [];
}
