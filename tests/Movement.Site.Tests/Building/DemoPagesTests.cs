using System.IO.Compression;
using System.Text.Json;
using Movement.Testing;
using Xunit.Abstractions;

namespace Movement.Site.Tests.Building;

/// <summary>What every page of the demo site must have, and what the home page may weigh.</summary>
public class DemoPagesTests(ITestOutputHelper output)
{
    private const int HomePageBudgetBytes = 60 * 1024;

    [Fact]
    public async Task Every_page_has_one_h1_a_language_a_skip_link_to_main_and_parsable_structured_data()
    {
        var site = await DemoSite.BuildAsync();
        // Embed pages sit in partners' iframes and the admin page hosts the CMS: neither uses the site's layout.
        var pages = site.Files.Keys
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("embed/", StringComparison.Ordinal) && !p.StartsWith("admin/", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(pages);
        foreach (var path in pages)
        {
            var page = site.Html(path);
            if (page.QuerySelector("meta[http-equiv=refresh]") is not null)
            {
                continue; // An alias's redirect page, not a page of its own.
            }

            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{path} has {page.QuerySelectorAll("h1").Length} h1 elements.");
            Assert.False(string.IsNullOrEmpty(page.DocumentElement.GetAttribute("lang")), $"{path} has no lang.");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path} has no title.");
            Assert.Equal("#main", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.NotNull(page.QuerySelector("meta[name=description][content]"));
            Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
            var jsonLd = page.QuerySelector("script[type='application/ld+json']");
            Assert.True(jsonLd is not null, $"{path} has no JSON-LD.");
            using var json = JsonDocument.Parse(jsonLd.TextContent);
            Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        }
    }

    [Fact]
    public async Task Images_have_alt_text_and_pages_request_nothing_from_other_sites()
    {
        var site = await DemoSite.BuildAsync();

        foreach (var path in site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = site.Html(path);
            Assert.All(page.Images, img => Assert.True(img.HasAttribute("alt"), $"An image on {path} has no alt attribute."));
            var fetched = page.QuerySelectorAll("link[rel=stylesheet], script[src], img, iframe, source")
                .SelectMany(e => (e.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim().Split(' ')[0])
                    .Prepend(e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").Where(url => url.Length > 0 || e.LocalName != "source"));
            Assert.All(fetched, url => Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"{path} loads '{url}' from elsewhere."));
        }
    }

    [Fact]
    public async Task The_home_page_with_all_it_loads_stays_under_60_KB_gzipped()
    {
        var site = await DemoSite.BuildAsync();
        var home = site.Html("index.html");
        var loaded = home.QuerySelectorAll("link[rel=stylesheet], script[src], img[src]")
            .Select(e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart('/'))
            .Distinct()
            .ToList();

        var sizes = new List<(string Path, int Raw, int Gzipped)> { Measure(site, "index.html") };
        sizes.AddRange(loaded.Select(path => Measure(site, path)));
        foreach (var (path, raw, gzipped) in sizes)
        {
            output.WriteLine($"{path}: {raw:N0} bytes, {gzipped:N0} gzipped");
        }

        var total = sizes.Sum(s => s.Gzipped);
        output.WriteLine($"Home page total: {total:N0} bytes gzipped (budget {HomePageBudgetBytes:N0})");
        Assert.True(total < HomePageBudgetBytes, $"The home page weighs {total:N0} bytes gzipped, over the budget of {HomePageBudgetBytes:N0}.");
        Assert.Empty(home.QuerySelectorAll("head script[src]:not([defer]):not([async]):not([type=module])"));
    }

    private static (string Path, int Raw, int Gzipped) Measure(BuiltSite site, string path)
    {
        var bytes = site.Files[path].Content.ToArray();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (path, bytes.Length, (int)buffer.Length);
    }
}
