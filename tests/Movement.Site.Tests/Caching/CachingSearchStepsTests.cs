using Movement.Site.Caching;
using Movement.Site.Content;
using Movement.Site.Search;

namespace Movement.Site.Tests.Caching;

/// <summary>A session reads a page for words once, and only a page it has not seen is read again.</summary>
public sealed class CachingSearchStepsTests
{
    private static readonly SearchDocument Page = new()
    {
        Url = "/briefs/workforce/",
        Title = "Develop the workforce",
        Kind = "brief",
        Fields = [(SearchField.Title, "Develop the workforce"), (SearchField.Body, "Babies need a workforce; 1001 days of babies.")],
    };

    [Fact]
    public void A_page_gives_each_of_its_words_once_with_its_term_and_no_numbers()
    {
        var words = new SearchSteps().WordsOf(Page);

        Assert.Equal(["develop", "the", "workforce", "babies", "need", "a", "days", "of"], words.Select(w => w.Word));
        Assert.Contains(("babies", "babi"), words);
    }

    [Fact]
    public void A_session_reads_an_unchanged_page_for_words_once_over_many_builds()
    {
        var counting = new CountingSteps();
        var caches = SiteCaches.ForSession();
        var first = new CachingSearchSteps(counting, caches).WordsOf(Page);
        caches.FinishBuild();
        var second = new CachingSearchSteps(counting, caches).WordsOf(Page);

        Assert.Same(first, second);
        Assert.Equal(1, counting.WordsRead);
    }

    [Fact]
    public void A_single_build_keeps_no_words()
    {
        var counting = new CountingSteps();
        var steps = new CachingSearchSteps(counting, SiteCaches.ForOneBuild());
        steps.WordsOf(Page);
        steps.WordsOf(Page);

        Assert.Equal(2, counting.WordsRead);
    }

    [Fact]
    public void A_session_writes_a_positions_file_whose_pages_did_not_change_once()
    {
        var caches = SiteCaches.ForSession();
        var steps = new CachingSearchSteps(new SearchSteps(), caches);
        var index = new SearchIndexer(RankingParameters.Default).From([Page], [new FacetValue("brief", "Briefs")], [], steps.Analyser());
        var first = steps.Packer().Write(index);
        caches.FinishBuild();
        var second = new CachingSearchSteps(new SearchSteps(), caches).Packer().Write(index);

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        var positions = first.Files.Single(f => f.Path.StartsWith("search/p/", StringComparison.Ordinal));
        Assert.Same(positions.Content, second.Files.Single(f => f.Path == positions.Path).Content);
    }

    /// <summary>The plain steps, counting how often a page is read for words.</summary>
    private sealed class CountingSteps : ISearchSteps
    {
        private readonly SearchSteps _steps = new();

        public int WordsRead { get; private set; }

        public SearchDocument DocumentOf(ContentItem item) => _steps.DocumentOf(item);

        public Func<SearchDocument, AnalysedDocument> Analyser() => _steps.Analyser();

        public IReadOnlyList<(string Word, string Term)> WordsOf(SearchDocument document)
        {
            WordsRead++;
            return _steps.WordsOf(document);
        }

        public SearchIndexPacker Packer() => _steps.Packer();

        public SearchIndex? LastIndex(string lang) => _steps.LastIndex(lang);

        public void Keep(SearchIndex index) => _steps.Keep(index);
    }
}
