using Movement.Site.Content;

namespace Movement.Site.Metadata;

/// <summary>The content item a page is about, when it is about one: a brief page's brief, a hub's week.</summary>
public static class PageItem
{
    public static ContentItem? Of(object model) => model switch
    {
        ContentItem item => item,
        IItemView view => view.Item,
        _ => null,
    };
}
