using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Pipelines;
using Movement.Site.Rendering;

namespace Movement.Site.Listings;

/// <summary>Renders the listing pages from what the content pipelines parsed.</summary>
public sealed class RenderListings(SiteContext site) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var items = PublishedContent.Items(site.Types, context).ToList();

        var pages = new Languages.TranslatedListings(site.Settings, site.Types, today).From(items).ToList();
        var translations = Languages.TranslationPairs.OfUrls(pages.Select(p => p.Url));
        PageRequest RequestFor(int i) => new(
            PageContext.For(site, pages[i].Url, pages[i].Title, pages[i].Description, Languages.Language.OfUrl(pages[i].Url), today) with { Translations = translations.Of(pages[i].Url) },
            pages[i].Model);
        var rendered = await SlicedRendering.RenderAsync(site.Theme, pages.Count, RequestFor, context, (i, html) =>
            new Document { Destination = SitePath.OutputFileForUrl(pages[i].Url), Bytes = html }.With(Core.Documents.CoreKeys.Url, pages[i].Url));
        return [.. inputs, .. rendered];
    }
}
