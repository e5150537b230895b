using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Content;
using Movement.Site.Listings;
using Movement.Site.Pipelines;
using Movement.Site.Rendering;

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
        var referencedBy = ReferencesTo(published, inputs, context);
        var languageViews = new System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        PageRequest RequestFor(int i)
        {
            var item = published[i].Require(SiteKeys.Item);
            var page = PageContext.For(site, item.Url, item.Title, item.Description.Length > 0 ? item.Description : item.Summary, item.Lang, today) with { Translations = item.Translations };
            page = referencedBy.TryGetValue((item.Kind, item.Slug), out var lists) ? page with { ReferencedBy = lists } : page;
            // A page's view sees its own language's items (a Welsh week lists Welsh resources), never the other's.
            return new PageRequest(page, view?.Invoke(item, languageViews.GetOrAdd(item.Lang, lang => Languages.LanguageView.Of(inputs, lang, site.Settings.Untranslated)), context) ?? item);
        }

        var rendered = await SlicedRendering.RenderAsync(site.Theme, published.Count, RequestFor, context, (i, html) =>
            published[i] with { Text = "", Bytes = html, Destination = SitePath.OutputFileForUrl(published[i].Require(SiteKeys.Item).Url) });
        return [.. rendered, .. inputs.Where(d => !d.Has(SiteKeys.Item))];
    }

    /// <summary>For each item of this pipeline that something names, the published items naming it, newest first, by type.</summary>
    private Dictionary<(string Kind, string Slug), IReadOnlyList<ReferenceList>> ReferencesTo(
        IReadOnlyList<Document> published, ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var lists = new Dictionary<(string, string), IReadOnlyList<ReferenceList>>();
        var references = site.Types.ReferencesTo(published.Select(d => d.Require(SiteKeys.Item).Kind).Distinct()).ToList();
        if (references.Count == 0)
        {
            return lists;
        }

        var naming = references
            .SelectMany(r => (r.From.PipelineName == context.PipelineName ? inputs : context.OutputsOf(r.From.PipelineName))
                .Where(d => d.Get(SiteKeys.Item) is { } item && item.Kind == r.From.Name)
                .Select(d => (r.From, Target: (r.Reference.Type, Slug: d.Get(SiteKeys.Fields)?.Text(r.Reference.Field)), Item: d.Require(SiteKeys.Item))))
            .Where(n => n.Target.Slug is not null);
        foreach (var target in naming.GroupBy(n => n.Target))
        {
            lists[(target.Key.Type, target.Key.Slug!)] =
            [
                .. target.GroupBy(n => n.From).OrderBy(g => g.Key.Name, StringComparer.Ordinal)
                    .Select(g => new ReferenceList(g.Key.Labels.Many, [.. g.Select(n => n.Item).NewestFirst()])),
            ];
        }

        return lists;
    }
}
