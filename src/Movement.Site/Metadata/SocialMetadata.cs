using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Content.Members;
using Movement.Site.Content.News;
using Movement.Site.Rendering;

namespace Movement.Site.Metadata;

/// <summary>
/// What link previews (Open Graph, Twitter cards) say about a page: its kind, its picture and dates.
/// Values are plain text; the theme escapes them into attributes.
/// </summary>
public sealed record SocialMetadata(string Type, string Locale, string? Image, string? ImageAlt, DateOnly? Published, DateOnly? Modified)
{
    public string TwitterCard => Image is null ? "summary" : "summary_large_image";

    public static SocialMetadata For(PageContext page, object model)
    {
        var item = PageItem.Of(model);
        var isArticle = item is PolicyBrief or NewsItem;
        var (image, alt) = ImageOf(item);
        return new SocialMetadata(
            isArticle ? "article" : "website",
            page.Lang == "cy" ? "cy_GB" : "en_GB",
            image is null ? null : page.Site.AbsoluteUrl("/" + image),
            alt,
            isArticle ? item!.Date : null,
            isArticle ? item!.Updated ?? item.Date : null);
    }

    private static (string? Image, string? Alt) ImageOf(ContentItem? item) => item switch
    {
        NewsItem news when news.Image.Length > 0 => (news.Image, news.Alt),
        PartnerResource resource when resource.IsImage && ImageFiles.IsRaster(resource.File.File) => (resource.File.File, resource.Alt),
        Member member when member.Logo.Length > 0 && ImageFiles.IsRaster(member.Logo) => (member.Logo, member.Name),
        _ => (null, null),
    };
}
