namespace Movement.Site.Content.TheoriesOfChange;

/// <summary>A theory of change: activities lead to outcomes, which lead to the vision.</summary>
public sealed record TheoryOfChange : ContentItem
{
    public override string Kind => "theory-of-change";

    public string Period { get; init; } = "";

    public string Vision { get; init; } = "";

    public string Mission { get; init; } = "";

    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];

    public IReadOnlyList<Activity> Activities { get; init; } = [];

    public IReadOnlyList<string> Assumptions { get; init; } = [];
}
