using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Pipelines;
using Movement.Site.Rendering;

namespace Movement.Site.Languages;

/// <summary>Renders the translation-status page for staff (not in the sitemap, marked noindex), when the site has more than one language.</summary>
public sealed class RenderTranslationStatus(SiteContext site) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (site.Settings.Languages.Count < 2)
        {
            return inputs;
        }

        var items = PublishedContent.Items(site.Types, context).ToList();
        var status = TranslationStatus.Of(items, site.Settings.Languages, source => Search.ContentHash.Of(context.Input.ReadAllBytes(source)));
        var page = new PageRequest(
            PageContext.For(site, TranslationStatus.Url, "Translation status", "Which pages have no Welsh version yet, and which Welsh pages are older than their English.", Language.English, UkDate.Today(context.Clock)),
            status);
        var html = await site.Theme.RenderAsync([page], context.CancellationToken);
        return [.. inputs, new Document { Destination = SitePath.OutputFileForUrl(TranslationStatus.Url), Bytes = html[0] }.With(CoreKeys.Url, TranslationStatus.Url)];
    }
}
