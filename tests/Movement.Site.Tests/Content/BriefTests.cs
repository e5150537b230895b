using Movement.Testing;

namespace Movement.Site.Tests.Content;

public class BriefTests
{
    [Fact]
    public async Task A_brief_gets_a_page_with_its_summary_numbered_asks_downloads_and_related_briefs()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- input/briefs/workforce.md --
            ---
            title: Develop the workforce
            summary: Babies need skilled people around them.
            date: 2024-03-19
            updated: 2024-05-01
            topics: [workforce]
            nations: [england, wales]
            asks:
              - title: Publish a workforce plan
                detail: Every nation needs one.
              - title: Fund training
                detail: In infant mental health.
            downloads:
              - file: /files/workforce.pdf
                label: The full brief
            related: [investment]
            ---
            ## Why it matters

            Body text.
            -- input/briefs/investment.md --
            ---
            title: Invest early
            summary: Money spent early goes further.
            date: 2024-01-10
            ---
            Body
            -- input/files/workforce.pdf --
            %PDF-1.4 pretend
            """);

        site.AssertSucceeded();
        var page = site.Html("briefs/workforce/index.html");
        Assert.Equal("Develop the workforce", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Babies need skilled people around them.", page.QuerySelector(".lead")!.TextContent);
        Assert.Equal(["Publish a workforce plan", "Fund training"], page.QuerySelectorAll("ol.asks li strong").Select(e => e.TextContent));
        Assert.Equal("PDF", page.QuerySelector(".downloads .file-type")!.TextContent);
        Assert.Contains("17 bytes", page.QuerySelector(".downloads")!.TextContent);
        Assert.Equal("/briefs/investment/", page.QuerySelector("[aria-labelledby=related-title] a")!.GetAttribute("href"));
        Assert.Contains("1 May 2024", page.QuerySelector("h1 ~ .meta")!.TextContent);
        site.AssertFile("files/workforce.pdf", "%PDF-1.4");
        site.AssertFile("briefs/index.html", "Develop the workforce", "Invest early");
    }

    [Fact]
    public async Task A_long_brief_gets_a_table_of_contents()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- briefs/long.md --
            ---
            title: Long
            summary: S
            date: 2024-01-01
            ---
            ## One
            ## Two
            ## Three
            ## Four
            """);

        Assert.Equal(["#one", "#two", "#three", "#four"], site.Html("briefs/long/index.html").QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_related_brief_that_does_not_exist_is_reported()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/a.md --
            ---
            title: A
            summary: S
            date: 2024-01-01
            related: [five-cals]
            ---
            -- briefs/five-calls.md --
            ---
            title: Five calls
            summary: S
            date: 2024-01-01
            ---
            """);

        var error = site.AssertDiagnostic("MV0305", "briefs/a.md", 5);
        Assert.Contains("Did you mean 'five-calls'?", error.Message);
    }
}
