namespace Movement.Site.Content.Members;

/// <summary>A member organisation of the movement. Its name is the item's title, its description the summary.</summary>
public sealed record Member : ContentItem
{
    public override string Kind => "member";

    /// <summary>charity, nhs-trust, local-authority, professional-body, law-firm, community-service, research or other.</summary>
    public string OrganisationType { get; init; } = "";

    public string Region { get; init; } = "";

    public string Website { get; init; } = "";

    public string Logo { get; init; } = "";

    public DateOnly? Joined { get; init; }

    public string Name => Title;
}
