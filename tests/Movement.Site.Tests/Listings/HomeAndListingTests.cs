using Movement.Testing;

namespace Movement.Site.Tests.Listings;

public class HomeAndListingTests
{
    private const string Site = """
        -- site.yml --
        title: Test Movement
        tagline: Every baby matters.
        base_url: https://test.example.org
        featured_brief: calls
        topics:
          - id: workforce
            title: The workforce
        -- briefs/calls.md --
        ---
        title: Our calls
        summary: Five calls.
        date: 2020-06-15
        topics: [workforce]
        asks:
          - title: Commit
            detail: D
          - title: Invest
            detail: D
        ---
        -- briefs/newer.md --
        ---
        title: Newer brief
        summary: S
        date: 2025-01-01
        ---
        -- awareness-week/2027/index.md --
        ---
        title: Week 2027
        theme: Babies first
        summary: S
        start: 2027-06-07
        end: 2027-06-13
        ---
        """;

    [Fact]
    public async Task The_home_page_sets_out_the_featured_calls_and_counts_down_to_the_next_week()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site, now: new DateTimeOffset(2027, 5, 26, 9, 0, 0, TimeSpan.Zero));

        site.AssertSucceeded();
        var home = site.Html("index.html");
        Assert.Equal("Every baby matters.", home.QuerySelector(".hero .lead")!.TextContent);
        Assert.Equal(["Commit", "Invest"], home.QuerySelectorAll("[aria-labelledby=calls-title] .asks li").Select(li => li.TextContent));
        Assert.Equal("12 days to go", home.QuerySelector(".countdown")!.TextContent);
        Assert.Contains("Newer brief", home.QuerySelector("[aria-labelledby=briefs-title]")!.TextContent);
    }

    [Theory]
    [InlineData("2027-06-07", "Happening now")]
    [InlineData("2027-06-13", "Happening now")]
    [InlineData("2027-06-06", "Starts tomorrow")]
    [InlineData("2027-06-14", "Took place 7–13 June 2027")]
    public async Task The_countdown_follows_the_build_date(string today, string label)
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site, now: DateTimeOffset.Parse(today + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(label, site.Html("index.html").QuerySelector(".countdown")!.TextContent);
    }

    [Fact]
    public async Task Topic_pages_list_everything_tagged_and_every_page_shares_the_layout()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site);

        site.AssertFile("topics/workforce/index.html", "Our calls");
        Assert.DoesNotContain("Newer brief", site.Text("topics/workforce/index.html"));
        site.AssertFile("topics/index.html", "The workforce");
        site.AssertFile("404.html", "Page not found");
        // Partner embeds and the editing UI have frames of their own, on purpose.
        foreach (var page in site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("embed/", StringComparison.Ordinal) && !p.StartsWith("admin/", StringComparison.Ordinal)))
        {
            var html = site.Html(page);
            Assert.Single(html.QuerySelectorAll("h1"));
            Assert.NotNull(html.QuerySelector("a.skip-link[href='#main']"));
            Assert.NotNull(html.QuerySelector("main#main"));
            Assert.StartsWith("https://test.example.org/", html.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Content_is_escaped_in_pages()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/x.md --
            ---
            title: "</title><script>alert(1)</script>"
            summary: "<img src=x onerror=alert(1)>"
            date: 2024-01-01
            ---
            """);

        var html = site.Text("briefs/x/index.html");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
