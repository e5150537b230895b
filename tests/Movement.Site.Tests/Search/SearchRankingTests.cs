using Movement.Site.Search;
using Movement.Testing;
using Movement.Testing.Search;

namespace Movement.Site.Tests.Search;

/// <summary>What a visitor types, and what must come back: titles, stop words, typos, synonyms and nations.</summary>
public class SearchRankingTests
{
    private const string Pages = """
        -- input/site.yml --
        title: Test Movement
        base_url: https://test.example.org
        search_synonyms:
          - words: [IMHAW, Infant Mental Health Awareness Week]
          - words: [baby, infant]
        -- input/briefs/holding.md --
        ---
        title: Holding the baby
        summary: Who looks after babies' feelings.
        date: 2024-03-19
        nations: [uk-wide]
        ---
        A short brief.
        -- input/news/repeats.md --
        ---
        title: News from the teams
        summary: Holding the baby, holding the baby, holding the baby.
        date: 2024-05-01
        nations: [scotland]
        ---
        Holding the baby is what the teams do: holding the baby, every day, holding the baby.
        -- input/briefs/welsh.md --
        ---
        title: Help in Wales
        summary: Teams in Wales.
        date: 2024-06-01
        nations: [wales]
        ---
        Strategy for Welsh families and their health.
        -- input/pages/join.md --
        ---
        title: Get involved
        summary: Any organisation can join.
        ---
        Join us.
        -- input/pages/who.md --
        ---
        title: Who we are
        summary: The people behind it.
        ---
        People.
        -- input/awareness-week/2025/index.md --
        ---
        title: Infant Mental Health Awareness Week 2025
        theme: Teams
        summary: The week.
        start: 2025-06-09
        end: 2025-06-15
        ---
        -- input/awareness-week/2025/resources/poster.md --
        ---
        title: Poster
        kind: poster
        summary: A poster for Infant Mental Health Awareness Week 2025.
        file: poster.pdf
        ---
        Infant Mental Health Awareness Week 2025: print this Infant Mental Health Awareness Week poster.
        -- input/awareness-week/2025/resources/poster.pdf --
        %PDF
        """;

    private static readonly Lazy<Task<SearchIndex>> Site = new(async () =>
    {
        var site = await TestSite.BuildWithRealThemeAsync(Pages);
        site.AssertSucceeded();
        return IndexFiles.Read(site);
    });

    private static async Task<(SearchIndex Index, SearchEngine Engine)> Build()
    {
        var index = await Site.Value;
        return (index, new SearchEngine(index));
    }

    private static List<string> Urls(SearchIndex index, SearchResults results) =>
        results.Hits.Select(h => index.Documents[h.Document].Url).ToList();

    [Fact]
    public async Task A_pages_exact_title_ranks_it_above_pages_that_repeat_the_words()
    {
        var (index, engine) = await Build();

        Assert.Equal(["/briefs/holding/", "/news/repeats/"], Urls(index, engine.Search("holding the baby", SearchFilters.None)));
        Assert.Equal(["/briefs/holding/", "/news/repeats/"], Urls(index, engine.Search("Holding the baby", SearchFilters.None, typing: true)));
    }

    [Fact]
    public async Task A_week_comes_before_its_own_resources_that_repeat_its_name()
    {
        var (index, engine) = await Build();

        var urls = Urls(index, engine.Search("infant mental health awareness week", SearchFilters.None));

        Assert.Equal(["/awareness-week/2025/", "/awareness-week/2025/resources/poster/"], urls);
    }

    [Fact]
    public async Task Stop_words_are_left_out_unless_the_query_has_nothing_else()
    {
        var (index, engine) = await Build();

        Assert.Equal(["/join/"], Urls(index, engine.Search("how can my organisation join", SearchFilters.None)));
        Assert.Equal("/who/", Urls(index, engine.Search("who we are", SearchFilters.None))[0]);
        Assert.Empty(engine.Search("\"the organisation\"", SearchFilters.None).Hits); // Quoted words are all kept.
    }

    [Theory]
    [InlineData("helth", "health")] // One edit for four letters or more...
    [InlineData("strtegy", "strategy")]
    [InlineData("wlesh", "welsh")] // ...a swap of two letters is one edit...
    [InlineData("strateegyy", "strategy")] // ...and two for eight or more.
    public async Task A_word_that_matches_nothing_is_corrected_to_the_nearest_word_pages_use(string typed, string meant)
    {
        var (index, engine) = await Build();

        var results = engine.Search(typed, SearchFilters.None);

        Assert.Contains("/briefs/welsh/", Urls(index, results));
        Assert.Equal([(typed, meant)], results.Corrections);
    }

    [Theory]
    [InlineData("stra")] // Two edits for fewer than eight letters.
    [InlineData("hlth")]
    [InlineData("tem")] // Three letters: too short to guess.
    [InlineData("2026")] // Numbers are not corrected (to 2025).
    public async Task Words_too_short_or_too_far_from_any_word_are_not_corrected(string typed)
    {
        var (_, engine) = await Build();

        var results = engine.Search(typed, SearchFilters.None);

        Assert.Empty(results.Hits);
        Assert.Empty(results.Corrections);
    }

    [Fact]
    public async Task Synonyms_from_site_settings_find_pages_with_the_other_words_below_exact_matches()
    {
        var (index, engine) = await Build();

        Assert.Equal("/awareness-week/2025/", Urls(index, engine.Search("IMHAW", SearchFilters.None))[0]);
        var infant = Urls(index, engine.Search("infant", SearchFilters.None));
        Assert.Contains("/briefs/holding/", infant); // It says baby, not infant.
        Assert.True(infant.IndexOf("/awareness-week/2025/") < infant.IndexOf("/briefs/holding/"));
    }

    [Fact]
    public async Task A_nation_filter_keeps_uk_wide_pages_and_counts_them_for_every_nation()
    {
        var (index, engine) = await Build();

        var wales = engine.Search("baby", new SearchFilters([], ["wales"], []));

        Assert.Equal(["/briefs/holding/"], Urls(index, wales)); // UK-wide; the Scottish news is not for Wales.
        var all = engine.Search("baby", SearchFilters.None);
        Assert.Equal(1, all.NationCounts["wales"]);
        Assert.Equal(2, all.NationCounts["scotland"]);
        Assert.Equal(1, all.NationCounts["uk-wide"]);
    }
}
