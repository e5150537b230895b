using Movement.Site.Search;

namespace Movement.Site.Tests.Search;

/// <summary>
/// The preview updates each build's index from the last one: the pages that changed are taken out and put in again.
/// The result must be the index a clean build assembles, posting for posting and score for score.
/// </summary>
public sealed class SearchIndexUpdateTests
{
    private static readonly FacetValue[] Types = [new("brief", "Briefs")];

    private readonly SearchIndexer _indexer = new(RankingParameters.Default);

    /// <summary>Cuts each page once, as a session does: an unchanged page is the same object in every build.</summary>
    private readonly Dictionary<SearchDocument, AnalysedDocument> _cut = new(ReferenceEqualityComparer.Instance);
    private readonly AnalyseDocument _analyse = new();

    [Fact]
    public void A_page_that_gained_and_lost_words_gives_the_index_a_clean_build_gives()
    {
        SearchDocument[] before = [Page("/a/", "Babies first", "Babies need care and play."), Page("/b/", "The workforce", "A workforce that cares for babies."), Page("/c/", "Housing", "Homes for families with babies.")];
        var first = Build(before, previous: null);

        // The workforce page drops "cares", keeps "babies" and gains "zebra" (a term no page had) and a longer body.
        SearchDocument[] after = [before[0], Page("/b/", "The workforce", "A workforce for babies, and a zebra, and more words besides."), before[2]];

        AssertSame(Build(after, previous: null), Build(after, first));
        Assert.Contains(Build(after, first).Terms, t => t.Key == "zebra");
        Assert.DoesNotContain(Build(after, first).Terms, t => t.Key == "care" && t.Value.Any(p => p.Document == 1));
    }

    [Fact]
    public void A_page_that_lost_the_only_use_of_a_term_takes_the_term_out()
    {
        SearchDocument[] before = [Page("/a/", "Babies", "Unusual aardvark words."), Page("/b/", "Workforce", "Babies and workforce.")];
        var first = Build(before, previous: null);
        SearchDocument[] after = [Page("/a/", "Babies", "Usual words."), before[1]];

        var updated = Build(after, first);

        AssertSame(Build(after, previous: null), updated);
        Assert.DoesNotContain(updated.Terms, t => t.Key == "aardvark");
    }

    [Fact]
    public void Pages_in_another_order_are_indexed_afresh_and_give_the_same_index()
    {
        SearchDocument[] before = [Page("/a/", "Babies", "Care."), Page("/b/", "Workforce", "Babies.")];
        var first = Build(before, previous: null);
        SearchDocument[] after = [before[1], Page("/c/", "Homes", "Families."), before[0]];

        AssertSame(Build(after, previous: null), Build(after, first));
    }

    private SearchIndex Build(SearchDocument[] documents, SearchIndex? previous) =>
        _indexer.From(documents, Types, [], d => _cut.TryGetValue(d, out var cut) ? cut : _cut[d] = _analyse.From(d), previous);

    private static void AssertSame(SearchIndex expected, SearchIndex actual)
    {
        Assert.Equal(expected.Terms.Select(t => t.Key), actual.Terms.Select(t => t.Key));
        foreach (var ((term, postings), (_, updated)) in expected.Terms.Zip(actual.Terms))
        {
            Assert.True(postings.SequenceEqual(updated), $"The postings of '{term}' differ.");
        }
    }

    private static SearchDocument Page(string url, string title, string body) => new()
    {
        Url = url,
        Title = title,
        Kind = "brief",
        Fields = [(SearchField.Title, title), (SearchField.Body, body)],
    };
}
