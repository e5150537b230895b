using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Movement.Core.Text;
using Movement.Testing;

namespace Movement.Site.Tests.Safety;

/// <summary>
/// Titles and summaries are text in every format: a feed reader, a partner's page or a line-based Netlify file
/// must never read one as markup, script or a new line of its own.
/// </summary>
public class TextFieldTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static TheoryData<string> Hostile =>
    [
        "<img src=x onerror=alert(1)>",
        "</script><script>alert(1)</script>",
        "]]><img src=x onerror=alert(1)>",
        "&lt;img src=x onerror=alert(1)&gt;",
        "Line one\nX-Injected: yes\n/evil https://evil.example 200",
        "Bell\u0007 and escape\u001b[31m and nul-ish\u0001",
    ];

    private static Task<BuiltSite> Build(string hostile)
    {
        var quoted = JsonSerializer.Serialize(hostile); // A JSON string is a valid YAML double-quoted string.
        return TestSite.BuildAsync($"""
            -- news/n.md --
            ---
            title: {quoted}
            summary: {quoted}
            date: 2024-01-02
            ---
            Body
            -- briefs/b.md --
            ---
            title: {quoted}
            summary: {quoted}
            date: 2024-01-01
            ---
            Body
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
            title: {quoted}
            kind: badge
            summary: {quoted}
            file: badge.svg
            alt: {quoted}
            ---
            -- awareness-week/2025/resources/badge.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);
    }

    /// <summary>What a feed reader shows for a field it treats as HTML: the XML text, decoded, parsed as HTML.</summary>
    private static (int Elements, string Text) AsHtml(string decoded)
    {
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + decoded).Body!;
        return (body.QuerySelectorAll("*").Length, body.TextContent);
    }

    /// <summary>XML cannot hold most control characters; every format drops them and keeps the rest of the text.</summary>
    private static string Visible(string text) => new(text.Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray());

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Rss_titles_and_descriptions_are_text_for_a_reader_that_reads_them_as_html(string hostile)
    {
        var site = await Build(hostile);

        site.AssertSucceeded();
        var rss = XDocument.Parse(site.Text("news/feed.xml"));
        var item = rss.Descendants("item").Single();
        foreach (var field in new[] { "title", "description" })
        {
            var (elements, text) = AsHtml(item.Element(field)!.Value);
            Assert.Equal(0, elements);
            Assert.Equal(Visible(hostile), text);
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Atom_titles_and_summaries_are_declared_text(string hostile)
    {
        var site = await Build(hostile);

        var entry = XDocument.Parse(site.Text("news/atom.xml")).Descendants(Atom + "entry").Single();
        foreach (var field in new[] { "title", "summary" })
        {
            var element = entry.Element(Atom + field)!;
            Assert.Equal("text", element.Attribute("type")?.Value);
            Assert.Equal(Visible(hostile), element.Value);
        }

        Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Json_feed_and_api_carry_titles_as_plain_strings(string hostile)
    {
        var site = await Build(hostile);

        // Word for word, but for control characters, which no page or feed can hold: they are dropped as the YAML is read.
        var expected = ControlCharacters.Without(hostile).Text;
        var item = JsonNode.Parse(site.Text("news/feed.json"))!["items"]![0]!;
        Assert.Equal(expected, item["title"]!.GetValue<string>());
        Assert.Equal(expected, item["summary"]!.GetValue<string>());
        Assert.Equal(0, AsHtml(item["content_html"]!.GetValue<string>()).Elements - 1); // Only the body's <p>.
        var oembed = JsonNode.Parse(site.Text("api/v1/oembed/awareness-week/2025/resources/badge.json"))!;
        Assert.Equal(expected, oembed["title"]!.GetValue<string>());
        foreach (var snippet in new[] { "html", "badge_html" })
        {
            var markup = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + oembed[snippet]!.GetValue<string>()).Body!;
            Assert.Equal(snippet == "html" ? ["iframe"] : ["a", "img"], markup.QuerySelectorAll("*").Select(e => e.LocalName));
            Assert.DoesNotContain(markup.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Line_based_files_and_the_sitemap_hold_no_text_from_content(string hostile)
    {
        var site = await Build(hostile);

        var firstLine = hostile.Split('\n')[0];
        foreach (var path in new[] { "_headers", "_redirects", "sitemap.xml" }.Where(site.Has))
        {
            Assert.DoesNotContain(firstLine, site.Text(path), StringComparison.Ordinal);
            Assert.DoesNotContain("X-Injected", site.Text(path), StringComparison.Ordinal);
        }

        var sitemap = XDocument.Parse(site.Text("sitemap.xml"));
        Assert.All(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => Assert.StartsWith("https://test.example.org/", loc.Value));
    }
}
