using Movement.Site.Content.Briefs;
using Movement.Site.Content.News;
using Movement.Site.Rendering;
using Movement.Site.SocialCards;

namespace Movement.Site.Metadata;

/// <summary>
/// What link previews (Open Graph, Twitter cards) say about a page: its kind, its picture and dates.
/// Every shared page's picture is its social card, a 1200×630 PNG, the size and format every platform
/// shows large. Values are plain text; the theme escapes them into attributes.
/// </summary>
public sealed record SocialMetadata(string Type, string Locale, string? Image, string? ImageAlt, DateOnly? Published, DateOnly? Modified)
{
    public int ImageWidth => SocialCard.Width;

    public int ImageHeight => SocialCard.Height;

    public string TwitterCard => Image is null ? "summary" : "summary_large_image";

    public static SocialMetadata For(PageContext page, object model)
    {
        var item = PageItem.Of(model);
        var isArticle = item is PolicyBrief or NewsItem;
        var card = SocialCard.IsShared(page) ? SocialCard.For(page, model) : null;
        return new SocialMetadata(
            isArticle ? "article" : "website",
            page.Lang == "cy" ? "cy_GB" : "en_GB",
            card is null ? null : page.Site.AbsoluteUrl(card.Url),
            card?.Alt,
            isArticle ? item!.Date : null,
            isArticle ? item!.Updated ?? item.Date : null);
    }
}
