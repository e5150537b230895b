using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Content;
using Movement.Site.Pipelines;
using Movement.Site.Rendering;

namespace Movement.Site.Search;

/// <summary>
/// Indexes every published page of the content pipelines (not drafts or held-back items, which carry no
/// item, and not pages marked <c>search: false</c>), writes the index files and renders the /search/ page
/// that names the index's manifest.
/// </summary>
public sealed class RenderSearch(SiteContext site, RankingParameters ranking) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var types = SearchFacets.TypesOf(site.Types);
        var kinds = types.Select(t => t.Id).ToList();
        var items = PublishedContent.Documents(site.Types, context)
            .Where(d => d.Get(SiteKeys.Fields)?.Boolean("search") != false)
            .Select(d => d.Require(SiteKeys.Item))
            .OrderBy(i => kinds.IndexOf(i.Kind)).ThenBy(i => i.Url, StringComparer.Ordinal)
            .ToArray();
        var documents = new SearchDocument[items.Length];
        Parallel.For(0, items.Length, i => documents[i] = site.Caches.ForInstance(items[i], SearchDocuments.From));

        var topics = site.Settings.Topics.Select(t => new FacetValue(t.Id, t.Title)).ToList();
        var analyse = new AnalyseDocument();
        var built = new SearchIndexer(ranking).From(documents, types, topics, d => site.Caches.Reuse(site.Caches.SearchDocuments, () => analyse.From(d), d));
        var index = built with { Synonyms = site.Settings.SearchSynonyms, Vocabulary = SearchVocabulary.From(documents, built) };
        // Only a session that remembers gains from writing positions and records piece by piece (the preview).
        var files = (site.Caches.Remember
            ? new SearchIndexPacker(
                positions: p => site.Caches.ForInstance(p, SearchIndexPacker.PositionsOf),
                record: d => site.Caches.ForInstance(d, SearchIndexPacker.RecordOf))
            : new SearchIndexPacker()).Write(index);

        var today = UkDate.Today(context.Clock);
        var page = new PageRequest(
            PageContext.For(site, SearchView.Url, "Search", "Search the movement's briefs, news, members and pages.", "en", today),
            new SearchView(files.ManifestUrl));
        var html = await site.Theme.RenderAsync([page], context.CancellationToken);
        return
        [
            .. inputs,
            new Document { Destination = SitePath.OutputFileForUrl(SearchView.Url), Bytes = html[0] }.With(CoreKeys.Url, SearchView.Url),
            .. files.Files.Select(f => context.HandOver(new Document { Destination = f.Path, Bytes = f.Content })),
        ];
    }
}
