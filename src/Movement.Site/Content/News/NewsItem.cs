namespace Movement.Site.Content.News;

public sealed record NewsItem : ContentItem
{
    public override string Kind => "news";

    /// <summary>An optional picture, as an input path.</summary>
    public string Image { get; init; } = "";

    public string Alt { get; init; } = "";

    /// <summary>The picture with its size read from the file, so its page keeps its space; null without one or when unreadable.</summary>
    public Images.ContentPicture? Picture { get; init; }
}
