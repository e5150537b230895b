using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipeline;
using Movement.Site.Calendar;
using Movement.Site.Content;
using Movement.Site.Rendering;
using Movement.Site.Pipelines;

namespace Movement.Site.Modules;

/// <summary>
/// Renders every published content document of the pipeline as a page through the theme. The view
/// function lets a pipeline hand the theme more than the item (related briefs, a week's resources).
/// </summary>
public sealed class RenderPages(SiteContext site, Func<ContentItem, ImmutableArray<Document>, IExecutionContext, object>? view = null) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var published = inputs.Where(d => d.Has(SiteKeys.Item)).ToList();
        PageRequest RequestFor(int i)
        {
            var item = published[i].Require(SiteKeys.Item);
            var page = PageContext.For(site, item.Url, item.Title, item.Description.Length > 0 ? item.Description : item.Summary, item.Lang, today);
            return new PageRequest(page, view?.Invoke(item, inputs, context) ?? item);
        }

        var rendered = await RenderInSlices.RenderAsync(site.Theme, published.Count, RequestFor, context, (i, html) =>
            published[i] with { Text = "", Bytes = html, Destination = SitePath.OutputFileForUrl(published[i].Require(SiteKeys.Item).Url) });
        return [.. rendered, .. inputs.Where(d => !d.Has(SiteKeys.Item))];
    }
}
