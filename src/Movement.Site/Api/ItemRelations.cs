using Movement.Site.Content;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Content.Briefs;
using Movement.Site.Listings;

namespace Movement.Site.Api;

/// <summary>
/// Which published items an item points at, both ways where the content implies it: a brief's related briefs,
/// an awareness week's resources and a resource's week (they share the year folder).
/// </summary>
public sealed class ItemRelations(IReadOnlyList<ContentItem> published)
{
    private readonly Dictionary<string, ContentItem> _byUrl = published.ToDictionary(i => i.Url, StringComparer.Ordinal);

    private readonly ILookup<string, PartnerResource> _resourcesByYear = published.OfType<PartnerResource>().AToZ().ToLookup(r => r.Year, StringComparer.Ordinal);

    private readonly Dictionary<string, AwarenessWeek> _weekByYear = published.OfType<AwarenessWeek>()
        .GroupBy(w => w.Year, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The related briefs that are published, in the order the author gave.</summary>
    public IReadOnlyList<ContentItem> RelatedTo(PolicyBrief brief) =>
        [.. brief.Related.Select(slug => _byUrl.GetValueOrDefault($"/briefs/{slug.Trim()}/")).OfType<PolicyBrief>().Distinct()];

    public IReadOnlyList<PartnerResource> ResourcesOf(AwarenessWeek week) => [.. _resourcesByYear[week.Year]];

    public AwarenessWeek? WeekOf(PartnerResource resource) => _weekByYear.GetValueOrDefault(resource.Year);

    /// <summary>Everything an item's document shows of other items, so a cached document is made again when one changes.</summary>
    public IReadOnlyList<ContentItem> Of(ContentItem item) => item switch
    {
        PolicyBrief brief => RelatedTo(brief),
        AwarenessWeek week => ResourcesOf(week),
        PartnerResource resource when WeekOf(resource) is { } week => [week],
        _ => [],
    };
}
