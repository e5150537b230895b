using Movement.Site.Tests.Api;
using Movement.Testing;

namespace Movement.Site.Tests.Tracker;

public class TrackerApiTests
{
    [Fact]
    public async Task Each_asks_document_gives_its_governments_and_histories_and_matches_its_schema()
    {
        // One entry dated after the build's day: it must not reach the API before its day, in either part.
        var site = await TestSite.BuildAsync(TrackerSites.Both.Replace("date: 2022-08-01", "date: 2027-01-10"));
        site.AssertSucceeded();

        var walker = new ApiWalker(site, "https://test.example.org");
        walker.Walk();

        Assert.Empty(walker.Problems);
        Assert.Empty(walker.Invalid()); // JsonSchema.Net, formats required.
        var ask = walker.Reached["api/v1/content/tracker/strategic-commitment.json"];
        Assert.Equal("strategic-commitment", (string?)ask["ask"]!["id"]);
        Assert.Equal("https://test.example.org/briefs/calls/#policy-ask-1", (string?)ask["ask"]!["brief_html_url"]);
        var governments = ask["governments"]!.AsArray();
        Assert.Equal(["UK Government", "Scottish Government", "Welsh Government", "Northern Ireland Executive"], governments.Select(g => (string?)g!["name"]));
        Assert.Equal("partial", (string?)governments[0]!["current"]!["commitment"]);
        Assert.Equal("https://www.gov.uk/", (string?)governments[0]!["history"]![0]!["evidence"]![0]!["link"]);
        Assert.Null(governments[2]!["current"]);
        Assert.Equal(2, ask["front_matter"]!["entries"]!.AsArray().Count);
        Assert.DoesNotContain("2027-01-10", ask.ToJsonString());
    }

    [Fact]
    public async Task The_governments_document_gives_each_governments_position_on_every_ask_and_is_listed_by_the_index()
    {
        var site = await TestSite.BuildAsync(TrackerSites.Both);
        site.AssertSucceeded();

        var walker = new ApiWalker(site, "https://test.example.org");
        walker.Walk();

        Assert.Empty(walker.Invalid());
        var index = walker.Reached["api/v1/index.json"];
        var listed = Assert.Single(index["documents"]!.AsArray());
        Assert.Equal("https://test.example.org/api/v1/government/index.json", (string?)listed!["url"]);
        Assert.Contains(index["schemas"]!.AsArray(), s => (string?)s!["url"] == "https://test.example.org/api/v1/government/schema.json");
        var governments = walker.Reached["api/v1/government/index.json"]["governments"]!.AsArray();
        Assert.Equal(["uk-government", "scottish-government", "welsh-government", "northern-ireland-executive"], governments.Select(g => (string?)g!["id"]));
        var uk = governments[0]!;
        Assert.Equal("https://test.example.org/tracker/filter/uk-government/any/", (string?)uk["html_url"]);
        var ask = Assert.Single(uk["asks"]!.AsArray())!;
        Assert.Equal("https://test.example.org/api/v1/content/tracker/strategic-commitment.json", (string?)ask["ask"]!["url"]);
        Assert.Equal("committed", (string?)ask["current"]!["commitment"]);
        Assert.Equal(["2022-08-01", "2021-03-25"], ask["history"]!.AsArray().Select(e => (string?)e!["date"]));
        Assert.Null(governments[2]!["asks"]![0]!["current"]);
        Assert.Contains("/government/index.json", site.Text("api/v1/openapi.json"), StringComparison.Ordinal);
    }
}
