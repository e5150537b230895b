using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Movement.Testing;

namespace Movement.Site.Tests.Embeds;

/// <summary>
/// Discovery as WordPress's WP_oEmbed::discover() does it: no HTML parser, a case-insensitive search of
/// the raw head for the literal media type, then a regular expression over the link tags.
/// </summary>
public partial class WordPressDiscoveryTests
{
    private const string Base = "https://first1001days.example.org/";

    [Fact]
    public async Task WordPress_finds_the_oembed_answer_of_every_resource_in_the_raw_html()
    {
        var site = await DemoSite.BuildAsync();
        var pages = site.Files.Keys.Where(new Movement.Core.IO.Glob("awareness-week/*/resources/*/index.html").IsMatch).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(pages.Count, 12, 1000);
        foreach (var page in pages)
        {
            var endpoint = Discover(site.Text(page));
            Assert.True(endpoint is not null, $"WordPress finds no oEmbed link in {page}.");
            Assert.StartsWith(Base, endpoint);
            var answer = JsonNode.Parse(site.Text(endpoint[Base.Length..]))!;
            Assert.Equal("rich", answer["type"]!.GetValue<string>());
            Assert.Contains("<iframe", answer["html"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task No_page_encodes_the_plus_of_a_media_type()
    {
        var site = await DemoSite.BuildAsync();
        foreach (var page in site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("&#x2B;", site.Text(page));
        }
    }

    /// <summary>The JSON endpoint WordPress would fetch, or null where it would give a bare link.</summary>
    private static string? Discover(string html)
    {
        var headEnd = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var head = headEnd > 0 ? html[..headEnd] : html;
        if (!head.Contains("application/json+oembed", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (Match link in LinkTag().Matches(head))
        {
            var attributes = Attribute().Matches(link.Groups[1].Value).ToDictionary(a => a.Groups[1].Value.ToLowerInvariant(), a => a.Groups[3].Value);
            if (attributes.GetValueOrDefault("type") == "application/json+oembed" && attributes.TryGetValue("href", out var href))
            {
                return System.Net.WebUtility.HtmlDecode(href);
            }
        }

        return null;
    }

    [GeneratedRegex("<link([^<>]+)/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTag();

    [GeneratedRegex("""([\w-]+)\s*=\s*(["'])(.*?)\2""")]
    private static partial Regex Attribute();
}
