using Movement.Core.Pipelines;
using Movement.Site.Listings;

namespace Movement.Site.Pipelines;

/// <summary>Home, indexes, the member directory and its filters, topics and nations: built from every content pipeline.</summary>
public sealed class ListingsPipeline : Pipeline
{
    public ListingsPipeline(SiteContext site)
        : base(PipelineNames.Listings)
    {
        DependsOn([.. site.Types.PipelineNames]);
        Render.Add(new RenderListings(site));
        Render.Add(new Languages.RenderTranslationStatus(site));
    }
}
