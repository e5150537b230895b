namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>A resource partners can download or embed: a poster, a social card, a badge, a toolkit.</summary>
public sealed record PartnerResource : ContentItem
{
    public override string Kind => "resource";

    /// <summary>The year of the awareness week this belongs to.</summary>
    public string Year { get; init; } = "";

    /// <summary>poster, social-card, badge, infographic, toolkit, briefing, email-text or logo.</summary>
    public string ResourceKind { get; init; } = "";

    public Download File { get; init; } = new("", "", 0);

    public string Alt { get; init; } = "";

    /// <summary>The image's intrinsic size, when the file is an image whose header we can read.</summary>
    public ImageSize? Size { get; init; }

    /// <summary>The picture in the sizes pages show it, when the file is an image we can read.</summary>
    public Images.ContentPicture? Picture { get; init; }

    public string Usage { get; init; } = "";

    public bool IsImage => ImageFiles.IsImage(File.File);
}
