using Movement.Testing;

namespace Movement.Site.Tests.Testing;

/// <summary>The one-line theme content tests build with shows what the site put on a page, and nothing of the real theme.</summary>
public class OneLineThemeTests
{
    [Fact]
    public async Task A_page_is_one_line_of_its_title_body_and_links_to_the_items_it_shows()
    {
        var site = await TestSite.BuildAsync("""
            -- input/briefs/workforce.md --
            ---
            title: Develop the workforce
            summary: Skilled people.
            date: 2024-03-19
            related: [investment]
            ---
            Body with **strong** words.
            -- input/briefs/investment.md --
            ---
            title: Invest early
            summary: Spend early.
            date: 2024-01-10
            ---
            Body
            """);

        site.AssertSucceeded();
        var page = site.Text("briefs/workforce/index.html");
        Assert.Equal(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Develop the workforce</title></head>"
            + "<body><h1>Develop the workforce</h1><p>Body with <strong>strong</strong> words.</p>\n<nav><a href=\"/briefs/investment/\">Invest early</a></nav></body></html>\n",
            page);
        site.AssertFile("briefs/index.html", "<a href=\"/briefs/workforce/\">Develop the workforce</a>", "<a href=\"/briefs/investment/\">Invest early</a>");
    }

    [Fact]
    public async Task The_real_theme_is_there_when_a_test_asks_for_it()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- input/briefs/workforce.md --
            ---
            title: Develop the workforce
            summary: Skilled people.
            date: 2024-03-19
            ---
            Body
            """);

        site.AssertSucceeded();
        Assert.NotNull(site.Html("briefs/workforce/index.html").QuerySelector("main"));
        Assert.Null(site.Html("briefs/workforce/index.html").QuerySelector("body > nav:last-child > a[href='/briefs/workforce/']"));
    }
}
