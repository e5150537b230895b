using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Movement.Testing;

namespace Movement.Site.Tests.Embeds;

public class EmbedTests
{
    private static async Task<IReadOnlyList<string>> ResourcePagesAsync() =>
        [.. (await DemoSite.BuildAsync()).Files.Keys.Where(new Movement.Core.IO.Glob("awareness-week/*/resources/*/index.html").IsMatch).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Every_resource_has_an_embed_page_with_only_its_height_script_that_names_the_movement_and_links_back()
    {
        var site = await DemoSite.BuildAsync();
        var resources = await ResourcePagesAsync();
        Assert.InRange(resources.Count, 12, 1000);
        foreach (var page in resources)
        {
            var url = "/" + page[..^"index.html".Length];
            var embed = site.Html("embed" + url + "index.html");
            Assert.Empty(embed.QuerySelectorAll("iframe, form, header, nav, [style], [onclick]"));
            Assert.All(embed.QuerySelectorAll("script"), s => Assert.StartsWith("/assets/js/embed-height.", s.GetAttribute("src"))); // EmbedHeightTests
            Assert.Contains("First 1001 Days Movement", embed.Body!.TextContent);
            Assert.Contains(embed.QuerySelectorAll("a"), a => a.GetAttribute("href") == url);
            Assert.All(embed.QuerySelectorAll("a"), a =>
            {
                Assert.Equal("_blank", a.GetAttribute("target"));
                Assert.Contains("noopener", a.GetAttribute("rel"));
            });
            var styles = embed.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.Single(styles);
            Assert.Matches(@"^/assets/css/embed\.[0-9a-f]{10}\.css$", styles[0]);
            Assert.Equal("noindex", embed.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task Every_resource_page_announces_its_oembed_answer_which_embeds_the_embed_page()
    {
        var site = await DemoSite.BuildAsync();
        foreach (var page in await ResourcePagesAsync())
        {
            var url = "/" + page[..^"index.html".Length];
            var link = site.Html(page).QuerySelector("link[rel=alternate][type='application/json+oembed']");
            Assert.NotNull(link);
            Assert.Equal($"https://first1001days.example.org/api/v1/oembed{url.TrimEnd('/')}.json", link.GetAttribute("href"));

            var oembed = JsonNode.Parse(site.Text($"api/v1/oembed{url.TrimEnd('/')}.json"))!;
            Assert.Equal("1.0", oembed["version"]!.GetValue<string>());
            Assert.Equal("rich", oembed["type"]!.GetValue<string>());
            Assert.Equal(300, oembed["width"]!.GetValue<int>());
            Assert.InRange(oembed["height"]!.GetValue<int>(), 100, 800);
            Assert.Equal("First 1001 Days Movement", oembed["provider_name"]!.GetValue<string>());
            var iframe = new HtmlParser().ParseDocument(oembed["html"]!.GetValue<string>()).QuerySelector("iframe")!;
            Assert.Equal($"https://first1001days.example.org/embed{url}", iframe.GetAttribute("src"));
            Assert.Equal("allow-scripts allow-popups allow-popups-to-escape-sandbox", iframe.GetAttribute("sandbox"));
            Assert.False(string.IsNullOrWhiteSpace(iframe.GetAttribute("title")));
        }
    }

    [Fact]
    public async Task An_image_resource_offers_a_badge_snippet_without_script()
    {
        var site = await TestSite.BuildAsync("""
            -- awareness-week/2025/index.md --
            ---
            title: Week 2025
            theme: T
            summary: S
            start: 2025-06-09
            end: 2025-06-15
            ---
            -- awareness-week/2025/resources/badge.md --
            ---
            title: "Badge <b>"
            kind: badge
            summary: A badge.
            file: badge.svg
            alt: A heart & arms.
            ---
            -- awareness-week/2025/resources/badge.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);

        site.AssertSucceeded();
        var oembed = JsonNode.Parse(site.Text("api/v1/oembed/awareness-week/2025/resources/badge.json"))!;
        var badge = new HtmlParser().ParseDocument(oembed["badge_html"]!.GetValue<string>());
        Assert.Empty(badge.QuerySelectorAll("script"));
        Assert.Equal("https://test.example.org/awareness-week/2025/resources/badge/", badge.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://test.example.org/awareness-week/2025/resources/badge.svg", badge.QuerySelector("img")!.GetAttribute("src"));
        Assert.Contains("A heart & arms.", badge.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("Badge <b>", oembed["title"]!.GetValue<string>());
        Assert.Contains("Badge &lt;b&gt;", site.Text("embed/awareness-week/2025/resources/badge/index.html"));
    }
}
