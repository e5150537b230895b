using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Content.Members;
using Movement.Site.Content.News;
using Movement.Site.Content.Pages;
using Movement.Site.Content.TheoryOfChange;
using Movement.Site.Settings;

namespace Movement.Site.Content;

/// <summary>Every content type of the site. Topics come from the settings, so the set is made per build.</summary>
public sealed record ContentTypes(
    ContentType Briefs,
    ContentType TheoryOfChange,
    ContentType AwarenessWeeks,
    ContentType Resources,
    ContentType Members,
    ContentType News,
    ContentType Pages)
{
    public static ContentTypes For(SiteSettings settings) => new(
        BriefType.Create(settings),
        TheoryOfChangeType.Create(),
        AwarenessWeekType.Create(),
        PartnerResourceType.Create(),
        MemberType.Create(),
        NewsType.Create(settings),
        ContentPageType.Create());

    public IReadOnlyList<ContentType> All => [Briefs, TheoryOfChange, AwarenessWeeks, Resources, Members, News, Pages];

    public ContentType? Named(string name) => All.FirstOrDefault(t => t.Name == name);
}
