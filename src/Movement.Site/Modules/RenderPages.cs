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
/// Renders every published content document of the pipeline as a page through the theme. The views let a
/// pipeline hand the theme more than the item (related briefs, a week's resources).
/// </summary>
/// <param name="views">
/// Given the documents of a language, what each of its pages shows. Made once for each language and then asked for
/// each page, so it finds what a page names in tables made once: a view that looked through every document for each
/// page made the briefs' 300 pages in a 1,000-item site read 90,000 documents on each build and each preview edit.
/// </param>
public sealed class RenderPages(SiteContext site, Func<ImmutableArray<Document>, IExecutionContext, Func<ContentItem, object>>? views = null) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var published = inputs.Where(d => d.Has(SiteKeys.Item)).ToList();
        var referencedBy = ReferencesTo(published, inputs, context);
        var languageViews = new System.Collections.Concurrent.ConcurrentDictionary<string, Func<ContentItem, object>?>(StringComparer.Ordinal);
        PageRequest RequestFor(int i)
        {
            var item = published[i].Require(SiteKeys.Item);
            var page = PageContext.For(site, item.Url, item.Title, item.Description.Length > 0 ? item.Description : item.Summary, item.Lang, today) with { Translations = item.Translations };
            page = referencedBy.TryGetValue((item.Kind, item.Slug), out var lists) ? page with { ReferencedBy = lists } : page;
            // A page's view sees its own language's items (a Welsh week lists Welsh resources), never the other's.
            var view = languageViews.GetOrAdd(item.Lang, lang => views?.Invoke(Languages.LanguageView.Of(inputs, lang, site.Settings.Untranslated), context));
            return new PageRequest(page, view?.Invoke(item) ?? item);
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
