using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;

namespace Movement.Site.Metadata;

/// <summary>The content item a page is about, when it is about one: a brief page's brief, a hub's week.</summary>
public static class PageItem
{
    public static ContentItem? Of(object model) => model switch
    {
        ContentItem item => item,
        BriefView view => view.Brief,
        AwarenessWeekView view => view.Week,
        ResourceView view => view.Resource,
        _ => null,
    };
}
