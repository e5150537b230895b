using Movement.Testing;

namespace Movement.Site.Tests.Content;

public class NewsAndPagesTests
{
    [Fact]
    public async Task A_date_prefix_in_a_news_file_name_is_not_part_of_its_address()
    {
        var site = await TestSite.BuildAsync("""
            -- news/2025-06-09-week-starts.md --
            ---
            title: The week starts
            date: 2025-06-09
            summary: S
            nations: [wales]
            ---
            Text
            """);

        site.AssertSucceeded();
        site.AssertFile("news/week-starts/index.html", "<h1>The week starts</h1>");
        site.AssertFile("nations/wales/index.html", "/news/week-starts/");
    }

    [Fact]
    public async Task News_is_listed_newest_first_ten_to_a_page()
    {
        var files = string.Concat(Enumerable.Range(1, 12).Select(i => $"""
            -- news/item-{i:00}.md --
            ---
            title: Item {i:00}
            date: 2025-01-{i:00}
            summary: S
            ---

            """));

        var site = await TestSite.BuildWithRealThemeAsync(files);

        var first = site.Html("news/index.html").QuerySelectorAll(".card-title a").Select(a => a.TextContent).ToList();
        Assert.Equal(10, first.Count);
        Assert.Equal("Item 12", first[0]);
        Assert.Equal(["Item 02", "Item 01"], site.Html("news/page/2/index.html").QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal("/news/page/2/", site.Html("news/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_is_published_at_the_root_and_a_welsh_page_is_marked_as_welsh()
    {
        var site = await TestSite.BuildWithRealThemeAsync("-- site.yml --\n" + TestSite.DefaultSettings + "\nlanguages: [en, cy]\n" + """
            -- pages/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We are a movement.
            -- pages/about.cy.md --
            ---
            title: Amdanom ni
            summary: Pwy ydym ni.
            slug: amdanom
            ---
            """);

        site.AssertFile("about/index.html", "We are a movement.");
        Assert.Equal("cy", site.Html("cy/amdanom/index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("en-GB", site.Html("about/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_page_without_a_summary_takes_its_first_paragraph_cut_at_a_word()
    {
        var long_ = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"word{i}"));
        var site = await TestSite.BuildWithRealThemeAsync($$"""
            -- pages/short.md --
            ---
            title: Short
            ---
            ## A heading first

            We are a *movement* of
            organisations.

            Second paragraph.
            -- pages/long.md --
            ---
            title: Long
            ---
            {{long_}}
            """);

        site.AssertSucceeded();
        string Description(string path) => site.Html(path).QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.Equal("We are a movement of organisations.", Description("short/index.html"));
        var cut = Description("long/index.html");
        Assert.EndsWith("…", cut);
        Assert.InRange(cut.Length, BodySummaryLength - 20, BodySummaryLength + 1);
        Assert.StartsWith(cut.TrimEnd('…') + " ", long_);
    }

    private const int BodySummaryLength = Movement.Site.Content.BodySummary.Length;

    [Fact]
    public async Task A_news_picture_without_alt_text_is_an_error()
    {
        var site = await TestSite.BuildAsync("""
            -- news/n.md --
            ---
            title: N
            date: 2025-01-01
            summary: S
            image: /files/photo.jpg
            ---
            -- files/photo.jpg --
            jpeg
            """);

        site.AssertDiagnostic("MV0203", "news/n.md", 5);
    }
}
