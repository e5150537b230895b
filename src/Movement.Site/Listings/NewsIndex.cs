using Movement.Site.Content.News;

namespace Movement.Site.Listings;

/// <summary>One page of the news listing.</summary>
public sealed record NewsIndex(IReadOnlyList<NewsItem> Items, int Page, int PageCount)
{
    public const int PageSize = 10;

    public static string UrlOf(int page) => page <= 1 ? "/news/" : $"/news/page/{page}/";
}
