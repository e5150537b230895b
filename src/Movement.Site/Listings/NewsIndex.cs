using Movement.Site.Content.News;

namespace Movement.Site.Listings;

/// <summary>One page of the news listing.</summary>
public sealed record NewsIndex(IReadOnlyList<ListingCard> Items, int Page, int PageCount)
{
    public const int PageSize = 10;

    public NewsIndex(IEnumerable<NewsItem> items, int page, int pageCount)
        : this(ListingCard.ListOf(items), page, pageCount)
    {
    }

    public static string UrlOf(int page) => page <= 1 ? "/news/" : $"/news/page/{page}/";
}
