using Movement.Site.Content;

namespace Movement.Site.Listings;

/// <summary>Orders used by every listing, fixed so that output is the same on every build.</summary>
public static class ContentSort
{
    public static IEnumerable<T> NewestFirst<T>(this IEnumerable<T> items) where T : ContentItem =>
        items.OrderByDescending(i => i.Date ?? DateOnly.MinValue).ThenBy(i => i.Title, StringComparer.Ordinal).ThenBy(i => i.Url, StringComparer.Ordinal);

    public static IEnumerable<T> AToZ<T>(this IEnumerable<T> items) where T : ContentItem =>
        items.OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Url, StringComparer.Ordinal);
}
