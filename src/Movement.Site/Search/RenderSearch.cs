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
/// <param name="steps">The per-page work; the preview passes one that keeps what unchanged pages gave.</param>
public sealed class RenderSearch(SiteContext site, RankingParameters ranking, ISearchSteps steps) : IModule
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
        var today = UkDate.Today(context.Clock);

        // One index per language, so a Welsh query meets Welsh pages keyed by Welsh rules and an English one English
        // pages stemmed by English rules. Index files are named by their content's hash, so the indexes can share one
        // folder; a file both happen to hold (an identical chunk) is written once.
        var files = new List<(string Path, byte[] Content)>();
        var pages = new List<Document>();
        foreach (var lang in site.Settings.Languages)
        {
            var written = Write(types, items.Where(i => i.Lang == lang).ToArray(), lang);
            files.AddRange(written.Files);
            var url = Languages.Language.UrlIn(lang, SearchView.Url);
            var text = Languages.InterfaceStrings.Embedded.For(lang);
            var page = new PageRequest(
                PageContext.For(site, url, text["search"], text["search_description"], lang, today) with { Translations = SearchTranslations() },
                new SearchView(written.ManifestUrl));
            var html = await site.Theme.RenderAsync([page], context.CancellationToken);
            pages.Add(new Document { Destination = SitePath.OutputFileForUrl(url), Bytes = html[0] }.With(CoreKeys.Url, url));
        }

        return
        [
            .. inputs,
            .. pages,
            .. files.DistinctBy(f => f.Path, StringComparer.Ordinal).Select(f => context.HandOver(new Document { Destination = f.Path, Bytes = f.Content })),
        ];
    }

    private IReadOnlyList<Languages.Translation> SearchTranslations() => site.Settings.Languages.Count < 2 ? [] :
        [.. site.Settings.Languages.Select(l => new Languages.Translation(l, Languages.Language.UrlIn(l, SearchView.Url)))];

    private SearchIndexFiles Write(IReadOnlyList<FacetValue> types, ContentItem[] items, string lang)
    {
        var documents = new SearchDocument[items.Length];
        Parallel.For(0, items.Length, i => documents[i] = steps.DocumentOf(items[i]));

        var topics = site.Settings.Topics.Select(t => new FacetValue(t.Id, t.Title)).ToList();
        var built = new SearchIndexer(ranking).From(documents, types, topics, steps.Analyser(), steps.LastIndex(lang)) with { Lang = lang };
        var text = Languages.InterfaceStrings.Embedded.For(lang);
        var index = built with
        {
            // The filters' names in the index's language; site.yml's synonyms are English words.
            Facets = built.Facets with
            {
                Types = [.. built.Facets.Types.Select(t => t with { Label = text.Kind(t.Id) ?? t.Label })],
                Nations = [.. built.Facets.Nations.Select(n => n with { Label = text.Nation(n.Id) })],
            },
            Synonyms = lang == Languages.Language.English ? site.Settings.SearchSynonyms : [],
            Vocabulary = SearchVocabulary.From(documents, steps.WordsOf, built),
        };
        steps.Keep(index);
        return steps.Packer().Write(index);
    }
}
