using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Content.Members;
using Movement.Site.Content.News;
using Movement.Site.Content.TheoryOfChange;
using Movement.Site.Settings;
using Movement.Site.Taxonomies;

namespace Movement.Site.Listings;

/// <summary>Works out every listing page of the site (URL, title, model) from the published content.</summary>
public sealed class BuildListings(SiteSettings settings, DateOnly today)
{
    public IEnumerable<(string Url, string Title, string Description, object Model)> From(IReadOnlyList<ContentItem> items)
    {
        var briefs = items.OfType<PolicyBrief>().NewestFirst().ToList();
        var news = items.OfType<NewsItem>().NewestFirst().ToList();
        var members = items.OfType<Member>().AToZ().ToList();
        var weeks = items.OfType<AwarenessWeek>().OrderByDescending(w => w.Start).ToList();
        var featuredWeek = WeekStatus.Choose(weeks, settings.CurrentAwarenessWeek, today);
        var calls = briefs.FirstOrDefault(b => b.Slug == settings.FeaturedBrief) ?? briefs.FirstOrDefault();

        yield return ("/", settings.Title, settings.Description,
            new HomePage(calls, briefs.Where(b => b != calls).Take(3).ToList(), news.Take(3).ToList(), featuredWeek, members.Count,
                Nations.Ids.Where(n => members.Any(m => m.Nations.Contains(n))).ToList()));
        yield return ("/briefs/", "Policy briefs", "What we ask decision makers to do for babies, and why.", new BriefIndex(briefs));
        yield return ("/theory-of-change/", "Theory of change", "How the movement means to bring about change.",
            new TheoryOfChangeIndex(items.OfType<TheoryOfChangeDocument>().NewestFirst().ToList()));
        yield return ("/awareness-week/", "Awareness week", "Infant Mental Health Awareness Week, every year.", new AwarenessArchive(weeks, featuredWeek));
        yield return ("/404.html", "Page not found", "There is no page at this address.", new NotFoundPage());

        foreach (var page in NewsPages(news))
        {
            yield return page;
        }

        foreach (var page in MemberDirectoryPages.From(members))
        {
            yield return page;
        }

        foreach (var page in TaxonomyPages(items))
        {
            yield return page;
        }
    }

    private static IEnumerable<(string, string, string, object)> NewsPages(IReadOnlyList<NewsItem> news)
    {
        var pageCount = Math.Max(1, (news.Count + NewsIndex.PageSize - 1) / NewsIndex.PageSize);
        for (var page = 1; page <= pageCount; page++)
        {
            var title = page == 1 ? "News" : $"News, page {page} of {pageCount}";
            yield return (NewsIndex.UrlOf(page), title, "News from the movement and its members.",
                new NewsIndex(news.Skip((page - 1) * NewsIndex.PageSize).Take(NewsIndex.PageSize).ToList(), page, pageCount));
        }
    }

    private IEnumerable<(string, string, string, object)> TaxonomyPages(IReadOnlyList<ContentItem> items)
    {
        var tagged = items.Where(i => i is PolicyBrief or NewsItem or Member).ToList();
        var topics = settings.Topics.Select(t => new FilterOption(t.Id, t.Title, tagged.Count(i => i.Topics.Contains(t.Id)), $"/topics/{t.Id}/")).ToList();
        yield return ("/topics/", "Topics", "Everything we publish, by topic.", new TaxonomyIndex("topic", topics));
        foreach (var topic in settings.Topics)
        {
            yield return ($"/topics/{topic.Id}/", topic.Title, topic.Summary,
                new TaxonomyPage("topic", topic.Id, topic.Title, topic.Summary, tagged.Where(i => i.Topics.Contains(topic.Id)).NewestFirst().ToList()));
        }

        var nations = Nations.Ids.Select(n => new FilterOption(n, Nations.NameOf(n), tagged.Count(i => i.Nations.Contains(n)), $"/nations/{n}/")).ToList();
        yield return ("/nations/", "Nations", "Everything we publish, by nation.", new TaxonomyIndex("nation", nations));
        foreach (var nation in nations)
        {
            yield return (nation.Url, nation.Title, $"Briefs, news and members for {nation.Title}.",
                new TaxonomyPage("nation", nation.Id, nation.Title, "", tagged.Where(i => i is not Member && i.Nations.Contains(nation.Id)).NewestFirst().ToList())
                {
                    MemberCount = tagged.Count(i => i is Member && i.Nations.Contains(nation.Id)),
                    MembersUrl = MemberDirectory.UrlOf(nation.Id, null),
                });
        }
    }
}
