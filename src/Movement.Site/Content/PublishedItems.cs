using System.Collections.Concurrent;

namespace Movement.Site.Content;

/// <summary>
/// The items a build publishes, looked up by address or by record type: what a type reads to find the items one of
/// its items points at (see <see cref="ContentApi.Related"/>). Safe to read from many threads.
/// </summary>
public sealed class PublishedItems
{
    private readonly IReadOnlyList<ContentItem> _all;
    private readonly Dictionary<string, ContentItem> _byUrl;
    private readonly ConcurrentDictionary<Type, object> _byType = new();

    public PublishedItems(IReadOnlyList<ContentItem> all)
    {
        _all = all;
        _byUrl = all.DistinctBy(i => i.Url, StringComparer.Ordinal).ToDictionary(i => i.Url, StringComparer.Ordinal);
    }

    /// <summary>The item published at this address, if any.</summary>
    public ContentItem? At(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The items of one record type, in the order they were published; listed once per build.</summary>
    public IReadOnlyList<T> OfType<T>() where T : ContentItem =>
        (IReadOnlyList<T>)_byType.GetOrAdd(typeof(T), _ => _all.OfType<T>().ToList());
}
