using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Content.Members;
using Movement.Site.Content.News;
using Movement.Site.Settings;

namespace Movement.Site.Listings;

/// <summary>Works out every listing page of the site (URL, title, model): the home page, each type's own listings, topics and nations.</summary>
public sealed class ListingPages(SiteSettings settings, ContentTypes types, DateOnly today)
{
    public IEnumerable<ListingPage> From(IReadOnlyList<ContentItem> items)
    {
        yield return Home(items);
        var listing = new ListingContext(items, settings, today);
        foreach (var page in types.All.Where(t => t.Listings is not null).SelectMany(t => t.Listings!(listing)))
        {
            yield return page;
        }

        yield return new ListingPage("/404.html", "Page not found", "There is no page at this address.", new NotFoundPage());
        foreach (var page in TaxonomyPages(items))
        {
            yield return page;
        }
    }

    /// <summary>The front page shows what the movement leads with: its calls, latest briefs and news, and the week.</summary>
    private ListingPage Home(IReadOnlyList<ContentItem> items)
    {
        var briefs = items.OfType<PolicyBrief>().NewestFirst().ToList();
        var news = items.OfType<NewsItem>().NewestFirst().Take(3).ToList();
        var weeks = items.OfType<AwarenessWeek>().OrderByDescending(w => w.Start).ToList();
        var featuredWeek = WeekStatus.Choose(weeks, settings.CurrentAwarenessWeek, today);
        var calls = briefs.FirstOrDefault(b => b.Slug == settings.FeaturedBrief) ?? briefs.FirstOrDefault();
        var members = items.OfType<Member>().ToList();
        return new ListingPage("/", settings.Title, settings.Description,
            new HomePage(calls, ListingCard.ListOf(briefs.Where(b => b != calls).Take(3)), ListingCard.ListOf(news), featuredWeek, members.Count,
                Nations.Ids.Where(n => members.Any(m => m.Nations.Contains(n))).ToList()));
    }

    private IEnumerable<ListingPage> TaxonomyPages(IReadOnlyList<ContentItem> items)
    {
        var onTaxonomyPages = types.All.Where(t => t.OnTaxonomyPages).Select(t => t.Name).ToHashSet();
        var tagged = items.Where(i => onTaxonomyPages.Contains(i.Kind)).ToList();
        var topics = settings.Topics.Select(t => new FilterOption(t.Id, t.Title, tagged.Count(i => i.Topics.Contains(t.Id)), $"/topics/{t.Id}/")).ToList();
        yield return new ListingPage("/topics/", "Topics", "Everything we publish, by topic.", new TaxonomyIndex("topic", topics));
        foreach (var topic in settings.Topics)
        {
            yield return new ListingPage($"/topics/{topic.Id}/", topic.Title, topic.Summary,
                new TaxonomyPage("topic", topic.Id, topic.Title, topic.Summary, ListingCard.ListOf(tagged.Where(i => i.Topics.Contains(topic.Id)).NewestFirst())));
        }

        var nations = Nations.Ids.Select(n => new FilterOption(n, Nations.NameOf(n), tagged.Count(i => i.Nations.Contains(n)), $"/nations/{n}/")).ToList();
        yield return new ListingPage("/nations/", "Nations", "Everything we publish, by nation.", new TaxonomyIndex("nation", nations));
        foreach (var nation in nations)
        {
            yield return new ListingPage(nation.Url, nation.Title, $"Briefs, news and members for {nation.Title}.",
                new TaxonomyPage("nation", nation.Id, nation.Title, "", ListingCard.ListOf(tagged.Where(i => i is not Member && i.Nations.Contains(nation.Id)).NewestFirst()))
                {
                    MemberCount = tagged.Count(i => i is Member && i.Nations.Contains(nation.Id)),
                    MembersUrl = MemberDirectory.UrlOf(nation.Id, null),
                });
        }
    }
}
