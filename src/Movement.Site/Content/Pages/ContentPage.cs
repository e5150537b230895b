namespace Movement.Site.Content.Pages;

/// <summary>A plain page: about, accessibility statement, privacy.</summary>
public sealed record ContentPage : ContentItem
{
    public override string Kind => "page";
}
