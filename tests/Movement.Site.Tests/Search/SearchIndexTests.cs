using System.Text.Json;
using Movement.Site.Search;
using Movement.Testing;
using Movement.Testing.Search;

namespace Movement.Site.Tests.Search;

public class SearchIndexTests
{
    private const string Pages = """
        -- input/briefs/babies.md --
        ---
        title: A strategy for babies
        summary: Every baby needs a strategy.
        date: 2024-03-19
        topics: [workforce]
        nations: [england]
        ---
        ## Why it matters
        We are campaigning for a cross-government strategy.
        -- input/news/workforce.md --
        ---
        title: Workforce news
        summary: An update on the workforce.
        date: 2024-05-01
        topics: [workforce]
        nations: [wales]
        ---
        A baby strategy is mentioned once, at the end: strategy for babies.
        -- input/site.yml --
        title: Test Movement
        base_url: https://test.example.org
        languages: [en, cy]
        topics:
          - id: workforce
            title: The workforce
        -- input/pages/about.md --
        ---
        title: About
        summary: Who.
        ---
        -- input/pages/about.cy.md --
        ---
        title: Amdanom ni
        summary: Cymdeithas sy'n gwerthfawrogi babanod.
        slug: amdanom
        ---
        Mae'r mudiad yn ymgyrchu yng Nghymru dros ein plant.
        -- input/pages/hidden.md --
        ---
        title: Hidden thank-you page
        summary: Reached only after signing up.
        search: false
        ---
        Strategy.
        -- input/pages/draft.md --
        ---
        title: Draft strategy page
        summary: Not ready.
        status: draft
        ---
        Strategy.
        """;

    private static async Task<(SearchIndex Index, SearchEngine Engine, BuiltSite Site)> Build(string files = Pages)
    {
        var site = await TestSite.BuildWithRealThemeAsync(files);
        site.AssertSucceeded();
        var index = IndexFiles.Read(site);
        return (index, new SearchEngine(index), site);
    }

    private static List<string> Urls(SearchIndex index, SearchResults results) =>
        results.Hits.Select(h => index.Documents[h.Document].Url).ToList();

    [Fact]
    public async Task English_words_find_their_other_forms()
    {
        var (index, engine, _) = await Build();

        Assert.Contains("/briefs/babies/", Urls(index, engine.Search("baby", SearchFilters.None)));
        Assert.Equal(["/briefs/babies/"], Urls(index, engine.Search("campaign", SearchFilters.None)));
    }

    [Fact]
    public async Task Welsh_pages_are_indexed_in_the_welsh_index_by_welsh_rules()
    {
        var (_, _, site) = await Build();
        var index = IndexFiles.Read(site, "cy");
        var engine = new SearchEngine(index);

        Assert.Contains(index.Terms, t => t.Key == "cymdeithas");
        Assert.DoesNotContain(index.Terms, t => t.Key == "cymdeitha");
        Assert.Equal(["/cy/amdanom/"], Urls(index, engine.Search("Cymdeithas", SearchFilters.None)));
        Assert.Equal(["/cy/amdanom/"], Urls(index, engine.Search("maer mudiad", SearchFilters.None)));
        Assert.All(index.Documents, d => Assert.StartsWith("/cy/", d.Url, StringComparison.Ordinal));
        foreach (var form in new[] { "Cymru", "Gymru", "Nghymru", "Chymru", "plant", "blant", "phlant", "mhlant" })
        {
            Assert.Equal(["/cy/amdanom/"], Urls(index, engine.Search(form, SearchFilters.None)));
        }

        var (english, englishEngine, _) = await Build();
        Assert.DoesNotContain(english.Documents, d => d.Url.StartsWith("/cy/", StringComparison.Ordinal));
        Assert.Empty(englishEngine.Search("Nghymru", SearchFilters.None).Hits);
    }

    [Fact]
    public async Task Pages_marked_not_for_search_and_drafts_are_not_indexed()
    {
        var (index, engine, _) = await Build();

        Assert.DoesNotContain(index.Documents, d => d.Url is "/hidden/" or "/draft/");
        Assert.DoesNotContain("/hidden/", Urls(index, engine.Search("strategy", SearchFilters.None)));
    }

    [Fact]
    public async Task A_word_in_the_title_outranks_the_same_word_in_the_body()
    {
        var (index, engine, _) = await Build();

        Assert.Equal(["/briefs/babies/", "/news/workforce/"], Urls(index, engine.Search("strategy", SearchFilters.None)));
        Assert.Equal("/news/workforce/", Urls(index, engine.Search("workforce", SearchFilters.None))[0]);
    }

    [Fact]
    public async Task Every_word_must_match_and_when_no_page_has_them_all_pages_with_some_come_most_words_first()
    {
        var (index, engine, _) = await Build();

        var all = engine.Search("strategy campaigning", SearchFilters.None);
        Assert.Equal(["/briefs/babies/"], Urls(index, all));
        Assert.False(all.Partial);

        var some = engine.Search("strategy amdanom workforce", SearchFilters.None);
        Assert.True(some.Partial);
        Assert.Equal("/news/workforce/", Urls(index, some)[0]); // Two of the three words, then pages with one.
        Assert.Equal(["/briefs/babies/"], Urls(index, some).Skip(1).Order(StringComparer.Ordinal)); // The Welsh page is in the Welsh index.
        Assert.Empty(engine.Search("\"strategy amdanom\"", SearchFilters.None).Hits); // Quotes ask for exactly those words.
    }

    [Fact]
    public async Task Quoted_words_must_stand_together_in_order()
    {
        var (index, engine, _) = await Build();

        Assert.Equal(["/briefs/babies/", "/news/workforce/"], Urls(index, engine.Search("\"strategy for babies\"", SearchFilters.None)));
        Assert.Equal(["/briefs/babies/"], Urls(index, engine.Search("\"cross-government strategy\"", SearchFilters.None)));
        Assert.Empty(engine.Search("\"babies for strategy\"", SearchFilters.None).Hits);
    }

    [Fact]
    public async Task Hyphenated_and_apostrophe_forms_match_their_parts()
    {
        var (index, engine, _) = await Build();

        Assert.Equal(["/briefs/babies/"], Urls(index, engine.Search("cross government", SearchFilters.None)));
        Assert.Equal(["/briefs/babies/"], Urls(index, engine.Search("government-cross", SearchFilters.None)));
        Assert.Contains("/briefs/babies/", Urls(index, engine.Search("babies'", SearchFilters.None)));
        Assert.Contains("/briefs/babies/", Urls(index, engine.Search("baby’s", SearchFilters.None)));
    }

    [Fact]
    public async Task While_typing_the_last_word_also_matches_longer_words_at_a_lower_score()
    {
        var (index, engine, site) = await Build();

        Assert.Empty(engine.Search("campai", SearchFilters.None).Hits);
        Assert.Equal(["/briefs/babies/"], Urls(index, engine.Search("campai", SearchFilters.None, typing: true)));
        var welsh = IndexFiles.Read(site, "cy");
        Assert.Equal(["/cy/amdanom/"], Urls(welsh, new SearchEngine(welsh).Search("ymgyr", SearchFilters.None, typing: true)));
        Assert.Empty(engine.Search("campai ", SearchFilters.None, typing: true).Hits); // A space ends the word.
        var exact = engine.Search("work", SearchFilters.None).Hits;
        var typed = engine.Search("workfo", SearchFilters.None, typing: true).Hits;
        Assert.Empty(exact);
        Assert.True(typed[0].Score < engine.Search("workforce", SearchFilters.None).Hits[0].Score);
    }

    [Fact]
    public async Task Filters_narrow_results_and_count_what_each_value_would_give()
    {
        var (index, engine, _) = await Build();

        var all = engine.Search("strategy", SearchFilters.None);
        Assert.Equal(1, all.TypeCounts["brief"]);
        Assert.Equal(1, all.TypeCounts["news"]);
        Assert.Equal(1, all.NationCounts["wales"]);
        Assert.Equal(2, all.TopicCounts["workforce"]);

        var wales = engine.Search("strategy", new SearchFilters([], ["wales"], []));
        Assert.Equal(["/news/workforce/"], Urls(index, wales));
        Assert.Equal(1, wales.NationCounts["england"]); // Counts within a filter ignore that filter's own ticks...
        Assert.Equal(0, wales.TypeCounts["brief"]); // ...but honour the others.
        Assert.Equal(2, engine.Search("strategy", new SearchFilters(["brief", "news"], [], [])).Hits.Count);
    }

    [Fact]
    public async Task The_index_is_split_into_content_hashed_chunks_that_cover_every_term_once()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Pages);
        var index = IndexFiles.Read(site);
        var small = new SearchIndexPacker(chunkBytes: 200).Write(index);

        var chunks = small.Files.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)).ToList();
        Assert.True(chunks.Count > 3, $"Only {chunks.Count} chunks.");
        var termsPerChunk = chunks.Select(c => JsonDocument.Parse(c.Content).RootElement.EnumerateObject().Select(p => p.Name).ToList()).ToList();
        Assert.Equal(index.Terms.Select(t => t.Key).Order(StringComparer.Ordinal), termsPerChunk.SelectMany(t => t).Order(StringComparer.Ordinal));
        foreach (var chunk in chunks)
        {
            var name = Path.GetFileNameWithoutExtension(chunk.Path);
            var positions = small.Files.Single(f => f.Path == $"search/p/{name}.json").Content;
            Assert.Equal(ContentHash.Of([.. chunk.Content, (byte)'\n', .. positions]), name);
        }

        Assert.EndsWith($".{ContentHash.Of(small.Files.Single(f => f.Path == small.ManifestUrl.TrimStart('/')).Content)}.json", small.ManifestUrl, StringComparison.Ordinal);

        using var manifest = JsonDocument.Parse(small.Files.Single(f => f.Path == small.ManifestUrl.TrimStart('/')).Content);
        var starts = manifest.RootElement.GetProperty("chunks").EnumerateArray().Select(c => c[0].GetString()!).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.Equal(termsPerChunk.Select(t => t[0]).Order(StringComparer.Ordinal), starts);
    }

    [Fact]
    public async Task A_changed_page_changes_the_names_of_the_files_it_is_in()
    {
        var before = await TestSite.BuildWithRealThemeAsync(Pages);
        var after = await TestSite.BuildWithRealThemeAsync(Pages.Replace("We are campaigning", "We keep campaigning", StringComparison.Ordinal));

        // The English index's files: the Welsh index, whose pages did not change, keeps its names.
        static string Manifest(BuiltSite site) => site.Html("search/index.html").QuerySelector("[data-search-manifest]")!.GetAttribute("data-search-manifest")!.TrimStart('/');
        static List<string> Records(BuiltSite site)
        {
            using var manifest = JsonDocument.Parse(site.Text(Manifest(site)));
            var folder = "search/" + manifest.RootElement.GetProperty("records").GetString();
            return [.. site.Files.Keys.Where(p => p.StartsWith(folder, StringComparison.Ordinal))];
        }

        Assert.NotEmpty(Records(before));
        Assert.Empty(Records(before).Intersect(Records(after)));
        Assert.NotEqual(Manifest(before), Manifest(after));
    }

    [Fact]
    public async Task The_search_page_names_the_manifest_and_says_what_to_do_without_JavaScript()
    {
        var (_, _, site) = await Build();
        var welshPage = site.Html("cy/search/index.html");
        var manifest = site.Files.Keys.Single(p => p.StartsWith("search/manifest.", StringComparison.Ordinal) && "/" + p != welshPage.QuerySelector("[data-search-manifest]")!.GetAttribute("data-search-manifest"));
        Assert.Equal("Chwilio", welshPage.QuerySelector("h1")!.TextContent);
        Assert.EndsWith(".js", welshPage.QuerySelector("[data-search-stemmer]")!.GetAttribute("data-search-stemmer")!, StringComparison.Ordinal);
        Assert.Contains("welsh-mutations", welshPage.QuerySelector("[data-search-stemmer]")!.GetAttribute("data-search-stemmer")!, StringComparison.Ordinal);
        Assert.Contains("Mehefin", welshPage.QuerySelector("[data-search-words]")!.GetAttribute("data-search-words")!, StringComparison.Ordinal);

        var page = site.Html("search/index.html");
        var root = page.QuerySelector("search[data-search-manifest]")!;
        Assert.Equal("/" + manifest, root.GetAttribute("data-search-manifest"));
        Assert.Contains("needs JavaScript", page.QuerySelector("[data-search-nojs]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/briefs/", "/news/", "/members/", "/topics/"], page.QuerySelectorAll("[data-search-nojs] a").Select(a => a.GetAttribute("href")));
        // The form is shown from the first paint (nothing moves when the script starts); only <noscript> hides it.
        Assert.NotNull(page.QuerySelector("[data-search-app]:not([hidden]) [role=status][aria-live=polite]"));
        Assert.Matches(@"^/assets/css/search-nojs\.[0-9a-f]{10}\.css$", page.QuerySelector("noscript link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Contains("[data-search-app] { display: none; }", site.Text(page.QuerySelector("noscript link[rel=stylesheet]")!.GetAttribute("href")![1..]), StringComparison.Ordinal);
        Assert.Equal("search-query", page.QuerySelector(".search-form label")!.GetAttribute("for"));
    }

    [Fact]
    public async Task Every_page_has_a_labelled_search_box_in_its_header()
    {
        var (_, _, site) = await Build();

        var header = site.Html("briefs/babies/index.html").QuerySelector("header search form[action='/search/'][method=get]")!;
        var input = header.QuerySelector("input[name=q]")!;
        Assert.Equal(input.Id, header.QuerySelector("label")!.GetAttribute("for"));
    }

    [Fact]
    public async Task Results_records_hold_what_a_result_shows()
    {
        var (index, engine, site) = await Build();

        var hit = engine.Search("campaigning", SearchFilters.None).Hits.Single();
        var record = index.Documents[hit.Document];
        Assert.Equal(("A strategy for babies", "brief", new DateOnly(2024, 3, 19), "en"), (record.Title, record.Kind, record.Date!.Value, record.Lang));
        Assert.StartsWith("Every baby needs a strategy. Why it matters We are campaigning", record.ExcerptText, StringComparison.Ordinal);
    }
}
