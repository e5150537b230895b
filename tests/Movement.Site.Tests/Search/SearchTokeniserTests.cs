using System.Text.Json;
using Movement.Site.Search;

namespace Movement.Site.Tests.Search;

public class SearchTokeniserTests
{
    // The same cases run against the browser's tokeniser in tests/js/search.test.mjs.
    public static TheoryData<string, string[]> Cases()
    {
        var data = new TheoryData<string, string[]>();
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "Data", "tokeniser-cases.json")));
        foreach (var entry in cases.RootElement.EnumerateArray())
        {
            data.Add(entry.GetProperty("text").GetString()!, entry.GetProperty("words").EnumerateArray().Select(w => w.GetString()!).ToArray());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_is_cut_into_the_shared_words(string text, string[] words) =>
        Assert.Equal(words, SearchTokeniser.Words(text));

    [Fact]
    public void English_words_are_stemmed_and_Welsh_words_are_not()
    {
        var terms = new SearchTerms();

        Assert.Equal("babi", terms.TermOf("babies", "en"));
        Assert.Equal("campaign", terms.TermOf("campaigning", "en"));
        Assert.Equal("cymdeitha", terms.TermOf("cymdeithas", "en")); // What English rules would do to a Welsh word.
        Assert.Equal("cymdeithas", terms.TermOf("cymdeithas", "cy"));
    }

    [Fact]
    public void A_query_word_may_match_its_stem_or_itself()
    {
        var terms = new SearchTerms();

        Assert.Equal(["babi", "babies"], terms.CandidatesOf("babies"));
        Assert.Equal(["care"], terms.CandidatesOf("care"));
    }
}
