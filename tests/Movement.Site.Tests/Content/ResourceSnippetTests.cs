using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Movement.Testing;

namespace Movement.Site.Tests.Content;

/// <summary>The "Use this on your website" snippets of resource pages: the HTML partners paste into their sites.</summary>
public class ResourceSnippetTests
{
    private const string Week = """
        -- awareness-week/2025/index.md --
        ---
        title: Week 2025
        theme: Who is holding the baby?
        summary: A week about babies.
        start: 2025-06-09
        end: 2025-06-15
        ---
        -- awareness-week/2025/resources/badge.md --
        ---
        title: TITLE
        kind: badge
        summary: A badge.
        file: badge.svg
        alt: ALT
        ---
        -- awareness-week/2025/resources/badge.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80" role="img"><title>Badge</title></svg>
        -- awareness-week/2025/resources/briefing.md --
        ---
        title: Briefing for commissioners
        kind: briefing
        summary: Two pages.
        file: briefing.txt
        ---
        -- awareness-week/2025/resources/briefing.txt --
        Two pages of text.
        """;

    private static Task<BuiltSite> BuildAsync(string title = "Holding babies in mind badge", string alt = "A teal badge") =>
        TestSite.BuildWithRealThemeAsync(Week.Replace("title: TITLE", $"title: '{title.Replace("'", "''")}'").Replace("alt: ALT", $"alt: '{alt.Replace("'", "''")}'"));

    /// <summary>The snippet as a partner's page would parse it, from the text shown in the code block.</summary>
    private static IDocument Snippet(BuiltSite site, string page, string id)
    {
        var code = site.Html(page).GetElementById(id);
        Assert.NotNull(code);
        Assert.Equal("PRE", code.ParentElement!.TagName);
        return new HtmlParser().ParseDocument(code.TextContent);
    }

    [Fact]
    public async Task An_image_resource_offers_a_badge_linking_to_its_page_with_absolute_addresses_alt_text_that_shrinks_to_the_window()
    {
        var site = await BuildAsync();

        site.AssertSucceeded();
        var badge = Snippet(site, "awareness-week/2025/resources/badge/index.html", "badge-code");
        var link = badge.QuerySelector("body > a")!;
        var image = link.QuerySelector("img")!;
        Assert.Equal("https://test.example.org/awareness-week/2025/resources/badge/", link.GetAttribute("href"));
        Assert.Equal("https://test.example.org/awareness-week/2025/resources/badge.svg", image.GetAttribute("src"));
        Assert.Equal("A teal badge", image.GetAttribute("alt"));
        Assert.Null(image.GetAttribute("width")); // A width attribute would hold it at 240 px in a narrower column.
        Assert.Null(image.GetAttribute("style"));
        Assert.Equal("https://test.example.org/awareness-week/2025/resources/badge.svg 240w", image.GetAttribute("srcset"));
        Assert.Equal("(max-width: 280px) calc(100vw - 40px), 240px", image.GetAttribute("sizes"));
        Assert.Empty(badge.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Every_resource_offers_a_titled_lazy_iframe_of_its_embed_page_without_script()
    {
        var site = await BuildAsync();

        foreach (var slug in new[] { "badge", "briefing" })
        {
            var widget = Snippet(site, $"awareness-week/2025/resources/{slug}/index.html", "widget-code");
            var frame = widget.QuerySelector("body > iframe")!;
            Assert.Equal($"https://test.example.org/embed/awareness-week/2025/resources/{slug}/", frame.GetAttribute("src"));
            Assert.StartsWith(slug == "badge" ? "Holding babies in mind badge" : "Briefing for commissioners", frame.GetAttribute("title"));
            Assert.Equal("lazy", frame.GetAttribute("loading"));
            Assert.Null(frame.GetAttribute("style")); // A partner's CSP may refuse inline styles.
            Assert.Equal("0", frame.GetAttribute("frameborder"));
            Assert.Equal("300", frame.GetAttribute("width"));
            Assert.Equal("allow-scripts allow-popups allow-popups-to-escape-sandbox", frame.GetAttribute("sandbox"));
            Assert.Empty(widget.QuerySelectorAll("script"));
        }
    }

    [Fact]
    public async Task A_resource_that_is_not_an_image_offers_no_badge()
    {
        var site = await BuildAsync();

        var page = site.Html("awareness-week/2025/resources/briefing/index.html");
        Assert.Null(page.GetElementById("badge-code"));
        Assert.Null(page.QuerySelector("[data-copy=badge-code]"));
        Assert.NotNull(page.GetElementById("widget-code"));
    }

    [Fact]
    public async Task Hostile_titles_and_alt_text_stay_text_in_the_page_and_in_the_snippets()
    {
        const string title = "Badge \"><script>alert('title')</script>";
        const string alt = "x\" onerror=\"alert('alt') & <b>";
        var site = await BuildAsync(title, alt);

        site.AssertSucceeded();
        var path = "awareness-week/2025/resources/badge/index.html";
        Assert.DoesNotContain("<script>alert", site.Text(path));
        var image = Snippet(site, path, "badge-code").QuerySelector("body > a > img")!;
        Assert.Equal(alt, image.GetAttribute("alt"));
        Assert.Null(image.GetAttribute("onerror"));
        var widget = Snippet(site, path, "widget-code");
        Assert.Equal(["IFRAME"], widget.Body!.Children.Select(e => e.TagName));
        Assert.StartsWith(title, widget.QuerySelector("iframe")!.GetAttribute("title"));
    }

    [Fact]
    public async Task Copy_buttons_are_hidden_until_the_script_shows_them_and_name_their_snippet()
    {
        var site = await BuildAsync();

        var page = site.Html("awareness-week/2025/resources/badge/index.html");
        var buttons = page.QuerySelectorAll("button[data-copy]");
        Assert.Equal(["badge-code", "widget-code", "fit-code"], buttons.Select(b => b.GetAttribute("data-copy")));
        Assert.All(buttons, b => Assert.True(b.HasAttribute("hidden") && b.GetAttribute("type") == "button"));
        Assert.Equal("status", page.GetElementById("copy-status")!.GetAttribute("role"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/assets/js/copy.", StringComparison.Ordinal));
    }
}
