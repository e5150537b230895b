using Movement.Site.Content;
using Movement.Site.Content.News;
using Movement.Site.Images;

namespace Movement.Site.Listings;

/// <summary>
/// What a listing shows of one item: its card's title, address, type, date and summary, and a news item's picture.
/// Listings carry cards rather than items because the preview renders a page again when anything its model holds
/// changes: with whole items, an edit to one brief's body would render every listing that names it again, though
/// none shows the body.
/// </summary>
/// <param name="Lang">The item's language; a card in another language than its page is marked untranslated.</param>
/// <param name="Image">A news item's picture, as an input path; empty for other items.</param>
/// <param name="Picture">That picture in the sizes published; null without one or when unreadable.</param>
public sealed record ListingCard(
    string Url, string Title, string Kind, DateOnly? Date, string Lang, string Summary, string Image, string Alt, ContentPicture? Picture)
{
    public static ListingCard Of(ContentItem item) => item is NewsItem news
        ? new(item.Url, item.Title, item.Kind, item.Date, item.Lang, item.Summary, news.Image, news.Alt, news.Picture)
        : new(item.Url, item.Title, item.Kind, item.Date, item.Lang, item.Summary, "", "", null);

    public static IReadOnlyList<ListingCard> ListOf(IEnumerable<ContentItem> items) => [.. items.Select(Of)];
}
