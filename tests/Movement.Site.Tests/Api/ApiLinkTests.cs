using System.Text.Json.Nodes;
using Movement.Testing;

namespace Movement.Site.Tests.Api;

public class ApiLinkTests
{
    private const string Site = """
        -- site.yml --
        title: Test Movement
        base_url: https://test.example.org
        api_page_size: 2
        topics:
          - id: workforce
            title: The workforce
            summary: People who work with babies.
          - id: investment
            title: Investment
        -- briefs/five-calls.md --
        ---
        title: Five calls
        summary: What we ask for.
        date: 2024-03-19
        topics: [workforce]
        nations: [wales]
        related: [workforce]
        asks:
          - title: Fund teams
            detail: In every area.
          - title: Train staff
            detail: Everywhere.
        ---
        See [the workforce brief](/briefs/workforce/), [why](#why), [the week](../../awareness-week/2025/) and ![a chart](/files/chart.png).

        ## Why
        -- files/chart.png --
        not really a png
        -- briefs/workforce.md --
        ---
        title: Develop the workforce
        summary: Skilled people.
        date: 2024-02-01
        updated: 2024-05-01
        topics: [workforce]
        ---
        Body.
        -- news/a.md --
        ---
        title: A
        summary: S
        date: 2025-01-01
        ---
        -- news/b.md --
        ---
        title: B
        summary: S
        date: 2025-01-02
        ---
        -- news/c.md --
        ---
        title: C
        summary: S
        date: 2025-01-03
        ---
        -- news/d.md --
        ---
        title: D
        summary: S
        date: 2025-01-04
        ---
        -- news/e.md --
        ---
        title: E
        summary: S
        date: 2025-01-05
        ---
        """ + "\n" + ApiTestContent.WeekResourceAndPage + "\n" + """
        -- members/m.yml --
        name: M
        type: nhs-trust
        nations: [wales, england]
        description: D.
        joined: 2022-04-01
        """;

    private static readonly Lazy<Task<BuiltSite>> Built = new(() => TestSite.BuildWithRealThemeAsync(Site));

    private static async Task<JsonNode> Json(string path) => JsonNode.Parse((await Built.Value).Text(path))!;

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    [Fact]
    public async Task A_list_comes_in_pages_of_the_set_size_with_links_the_first_at_its_old_address()
    {
        (await Built.Value).AssertSucceeded();
        var first = await Json("api/v1/news/index.json");
        var last = await Json("api/v1/news/page/3.json");

        Assert.Equal([5, 1, 3, 2], new[] { first["count"], first["page"], first["pages"], first["page_size"] }.Select(n => n!.GetValue<int>()));
        Assert.Equal(["E", "D"], first["items"]!.AsArray().Select(i => Text(i!["title"])));
        Assert.Equal("https://test.example.org/api/v1/news/page/2.json", Text(first["links"]!["next"]));
        Assert.Null(first["links"]!["prev"]);
        Assert.Equal("https://test.example.org/api/v1/news/page/3.json", Text(first["links"]!["last"]));
        Assert.Equal(["A"], last["items"]!.AsArray().Select(i => Text(i!["title"])));
        Assert.Equal("https://test.example.org/api/v1/news/page/2.json", Text(last["links"]!["prev"]));
        Assert.Equal("https://test.example.org/api/v1/news/index.json", Text(last["links"]!["first"]));
        Assert.Null(last["links"]!["next"]);
        Assert.False((await Built.Value).Has("api/v1/news/page/1.json"));
        Assert.Equal(2, (await Json("api/v1/index.json"))["page_size"]!.GetValue<int>());
    }

    [Fact]
    public async Task Topics_and_nations_have_endpoints_with_titles_descriptions_counts_and_items()
    {
        var topics = await Json("api/v1/topic/index.json");
        var workforce = topics["terms"]!.AsArray().Single(t => Text(t!["id"]) == "workforce")!;

        Assert.Equal("People who work with babies.", Text(workforce["description"]));
        Assert.Equal(2, workforce["count"]!.GetValue<int>());
        Assert.Equal(2, workforce["counts"]!["brief"]!.GetValue<int>());
        Assert.Equal("https://test.example.org/topics/workforce/", Text(workforce["html_url"]));
        var list = await Json("api/v1/topic/workforce.json");
        Assert.Equal("The workforce", Text(list["term"]!["title"]));
        Assert.Equal(["Five calls", "Develop the workforce"], list["items"]!.AsArray().Select(i => Text(i!["title"])));
        var wales = await Json("api/v1/nation/wales.json");
        Assert.Equal(2, wales["count"]!.GetValue<int>());
        Assert.Equal(1, wales["term"]!["counts"]!["member"]!.GetValue<int>());
    }

    [Fact]
    public async Task References_are_objects_with_id_url_and_html_url_both_ways()
    {
        var brief = await Json("api/v1/content/briefs/five-calls.json");
        var related = brief["related"]!.AsArray().Single()!;
        Assert.Equal("briefs/workforce", Text(related["id"]));
        Assert.Equal("https://test.example.org/api/v1/content/briefs/workforce.json", Text(related["url"]));
        Assert.Equal("https://test.example.org/briefs/workforce/", Text(related["html_url"]));
        Assert.Equal("https://test.example.org/api/v1/topic/workforce.json", Text(brief["topics"]![0]!["url"]));
        Assert.Equal("https://test.example.org/api/v1/nation/wales.json", Text(brief["nations"]![0]!["url"]));
        Assert.Equal("https://test.example.org/api/v1/brief/schema.json", Text(brief["$schema"]));

        var ask = brief["asks"]![1]!;
        Assert.Equal("briefs/five-calls#policy-ask-2", Text(ask["id"]));
        Assert.Equal("https://test.example.org/briefs/five-calls/#policy-ask-2", Text(ask["html_url"]));
        Assert.Equal("briefs/five-calls", Text(ask["brief"]!["id"]));
        Assert.NotNull((await Built.Value).Html("briefs/five-calls/index.html").GetElementById("policy-ask-2"));
        Assert.Empty((await Json("api/v1/content/briefs/workforce.json"))["related"]!.AsArray()); // As its author gave.

        var week = await Json("api/v1/content/awareness-week/2025.json");
        Assert.Equal("awareness-week/2025/resources/toolkit", Text(week["resources"]![0]!["id"]));
        var resource = await Json("api/v1/content/awareness-week/2025/resources/toolkit.json");
        Assert.Equal("https://test.example.org/api/v1/content/awareness-week/2025.json", Text(resource["awareness_week"]!["url"]));

        var member = await Json("api/v1/content/members/m.json");
        Assert.Equal("https://test.example.org/api/v1/member/type/nhs-trust.json", Text(member["member_type"]!["url"]));
        Assert.Equal("2022-04-01", Text(member["modified"]));

        var types = (await Json("api/v1/index.json"))["members_by_type"]!.AsArray().ToDictionary(t => Text(t!["id"]), t => t!);
        Assert.Equal("https://test.example.org/members/type/nhs-trust/", Text(types["nhs-trust"]["html_url"]));
        Assert.Null(types["charity"]["html_url"]); // No member is a charity, so the site has no such page.
        Assert.Equal("https://test.example.org/api/v1/member/type/charity.json", Text(types["charity"]["url"]));
    }

    [Fact]
    public async Task Every_item_has_a_stable_id_and_a_modified_date_from_its_content()
    {
        var briefs = await Json("api/v1/brief/index.json");
        var about = await Json("api/v1/content/about.json");

        Assert.Equal("briefs/workforce", Text(briefs["items"]![1]!["id"]));
        Assert.Equal("2024-05-01", Text(briefs["items"]![1]!["modified"])); // Updated.
        Assert.Equal("2024-03-19", Text(briefs["items"]![0]!["modified"])); // Its date.
        Assert.Equal("about", Text(about["id"]));
        Assert.Null(about["modified"]); // An undated page says so rather than take the build's date.
    }

    [Fact]
    public async Task The_html_field_holds_only_absolute_addresses()
    {
        var html = Text((await Json("api/v1/content/briefs/five-calls.json"))["html"]);

        Assert.Contains("href=\"https://test.example.org/briefs/workforce/\"", html);
        Assert.Contains("href=\"https://test.example.org/briefs/five-calls/#why\"", html);
        Assert.Contains("href=\"https://test.example.org/awareness-week/2025/\"", html);
        Assert.Contains("src=\"https://test.example.org/files/chart.png\"", html);
        Assert.DoesNotMatch("(href|src)=\"(?!https://)", html);
    }

    [Fact]
    public async Task Each_page_links_to_its_api_document()
    {
        var site = await Built.Value;
        string? Alternate(string page) => site.Html(page).Head!.QuerySelector("link[rel=alternate][type='application/json']")?.GetAttribute("href");

        Assert.Equal("https://test.example.org/api/v1/content/briefs/five-calls.json", Alternate("briefs/five-calls/index.html"));
        Assert.Equal("https://test.example.org/api/v1/index.json", Alternate("index.html"));
        Assert.Equal("https://test.example.org/api/v1/member/nation/wales.json", Alternate("members/nation/wales/index.html"));
        Assert.Equal("https://test.example.org/api/v1/topic/workforce.json", Alternate("topics/workforce/index.html"));
        var pages = site.Files.Keys.Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && !p.StartsWith("embed/", StringComparison.Ordinal)
            && !p.StartsWith("admin/", StringComparison.Ordinal) && p != "search/index.html").ToList();
        Assert.All(pages, page =>
        {
            var href = Alternate(page);
            Assert.True(href is not null && site.Has(href["https://test.example.org/".Length..]), $"{page} links to {href}");
        });
    }
}
