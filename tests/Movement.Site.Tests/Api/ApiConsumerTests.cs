using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Movement.Testing;

namespace Movement.Site.Tests.Api;

public class ApiConsumerTests
{
    private const string Base = "https://test.example.org";

    /// <summary>A site at a large coalition's scale: 5,000 members from the spreadsheet, with briefs, news and a week.</summary>
    private static readonly Lazy<Task<BuiltSite>> Large = new(() => TestSite.BuildAsync(LargeSite(5000)));

    [Fact]
    public async Task A_consumer_reaches_every_item_and_schema_from_the_index_by_links_alone()
    {
        var site = await Large.Value;
        site.AssertSucceeded();
        var walker = new ApiWalker(site, Base);

        walker.Walk();

        Assert.Empty(walker.Problems);
        var published = site.Files.Keys.Where(p => p.StartsWith("api/v1/", StringComparison.Ordinal) && !p.StartsWith("api/v1/oembed/", StringComparison.Ordinal)).ToHashSet();
        Assert.Empty(published.Except(walker.Reached.Keys).Order(StringComparer.Ordinal).Take(10));
        Assert.Equal(5000 + 8, walker.Reached.Keys.Count(p => p.StartsWith("api/v1/content/", StringComparison.Ordinal)));
        Assert.Contains("api/v1/member/page/100.json", walker.Reached.Keys); // Reached by 'next' links alone.
        Assert.Contains("api/v1/brief/authoring.schema.json", walker.Reached.Keys);
        Assert.All(walker.Pages, page => Assert.True(site.Has(PagePath(page)), $"{page} has no page"));
    }

    [Fact]
    public async Task At_five_thousand_members_no_api_document_is_over_100_kb()
    {
        var site = await Large.Value;

        var largest = site.Files.Where(f => f.Key.StartsWith("api/v1/", StringComparison.Ordinal)).MaxBy(f => f.Value.Content.Length);

        Assert.True(largest.Value.Content.Length < 100_000, $"{largest.Key} is {largest.Value.Content.Length:N0} bytes");
    }

    [Fact]
    public async Task Every_document_reached_validates_against_the_schema_it_names()
    {
        var site = await Large.Value;
        var walker = new ApiWalker(site, Base);
        walker.Walk();

        Assert.Empty(walker.Invalid().Take(5));
        Assert.All(walker.Reached.Where(d => !d.Key.EndsWith("schema.json", StringComparison.Ordinal) && d.Key != "api/v1/openapi.json"),
            d => Assert.NotNull(d.Value["$schema"]));
    }

    [Fact]
    public async Task Every_page_of_a_list_has_the_same_shape_and_together_they_hold_the_list()
    {
        var site = await Large.Value;
        var first = JsonNode.Parse(site.Text("api/v1/member/index.json"))!;
        var ids = new List<string>();
        var page = first;
        var number = 1;
        while (true)
        {
            Assert.Equal(number, page["page"]!.GetValue<int>());
            Assert.Equal(5000, page["count"]!.GetValue<int>());
            Assert.Equal(first["links"]!["last"]!.GetValue<string>(), page["links"]!["last"]!.GetValue<string>());
            Assert.Equal(number > 1, page["links"]!["prev"] is not null);
            ids.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
            if (page["links"]!["next"] is not { } next)
            {
                break;
            }

            page = JsonNode.Parse(site.Text(next.GetValue<string>()[(Base.Length + 1)..]))!;
            number++;
        }

        Assert.Equal(first["pages"]!.GetValue<int>(), number);
        Assert.Equal(5000, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.OrdinalIgnoreCase), ids);
    }

    private static string PagePath(string url)
    {
        var path = new Uri(url).AbsolutePath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static string LargeSite(int members)
    {
        string[] types = ["charity", "nhs-trust", "local-authority", "professional-body", "law-firm", "community-service", "research", "other"];
        string[] nations = ["england", "scotland", "wales", "northern-ireland", "uk-wide", "england;wales", "scotland;northern-ireland"];
        var csv = new StringBuilder("name,type,nations,region,website,logo,description,joined\n");
        for (var i = 1; i <= members; i++)
        {
            var number = i.ToString("0000", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"Member organisation {number},{types[i % types.Length]},{nations[i % nations.Length]},Region {i % 40},")
                .Append(CultureInfo.InvariantCulture, $"https://member-{number}.example.org,,\"An organisation that supports babies, parents and carers in its area through the first 1001 days, with services, training and campaigns ({number}).\",2021-0{1 + (i % 9)}-15\n");
        }

        var site = new StringBuilder($"-- members.csv --\n{csv}");
        site.Append("""
            -- briefs/five-calls.md --
            ---
            title: Five calls
            summary: What we ask for.
            date: 2024-03-19
            topics: [workforce]
            nations: [england]
            related: [workforce]
            asks:
              - title: Fund teams
                detail: In every area.
            ---
            See [the workforce brief](/briefs/workforce/) and [why](#why).

            ## Why
            -- briefs/workforce.md --
            ---
            title: Develop the workforce
            summary: Skilled people.
            date: 2024-02-01
            topics: [workforce, investment]
            related: [five-calls]
            ---
            Body.
            -- news/one.md --
            ---
            title: One
            summary: First.
            date: 2025-01-01
            topics: [investment]
            ---
            Read [the calls](/briefs/five-calls/).
            -- news/two.md --
            ---
            title: Two
            summary: Second.
            date: 2025-02-01
            ---
            """);
        site.Append('\n').Append(ApiTestContent.WeekResourceAndPage).Append('\n').Append("""
            -- theory-of-change/toc.md --
            ---
            title: Theory
            period: 2020-2023
            summary: How.
            vision: Babies thrive.
            mission: Change.
            outcomes:
              - title: Valued
            activities:
              - title: Share
            ---
            """);
        return site.ToString();
    }
}
