using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace Movement.Site.Tests.Output;

/// <summary>
/// Checks the finished demo output as a visitor's browser and a partner's feed reader see it: every
/// internal link and anchor on every page resolves, and every JSON document and feed parses.
/// </summary>
public class SiteLinksTests(BuiltDemo demo, ITestOutputHelper log) : IClassFixture<BuiltDemo>
{
    private static readonly string[] LinkAttributes = ["href", "src", "action", "poster", "data-src"];

    [Fact]
    public void Every_internal_link_and_anchor_on_every_page_resolves()
    {
        var parser = new HtmlParser();
        var documents = demo.Paths(".html").ToDictionary(p => p, p => parser.ParseDocument(demo.Site.Text(p)), StringComparer.Ordinal);
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var (path, document) in documents)
        {
            var pageUrl = new Uri("https://site.invalid/" + path);
            foreach (var element in document.QuerySelectorAll("*"))
            {
                foreach (var value in LinkAttributes.Select(element.GetAttribute).OfType<string>())
                {
                    if (Internal(value, pageUrl) is not { } target)
                    {
                        continue;
                    }

                    // The CMS script is copied into /admin/ by the Netlify build from its npm package, not by Movement.
                    if (path == "admin/index.html" && element.LocalName == "script")
                    {
                        continue;
                    }

                    checkedLinks++;
                    var file = FileFor(Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/'));
                    var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                    if (file is null)
                    {
                        broken.Add($"{path}: <{element.LocalName}> '{value}' goes to a file that does not exist");
                    }
                    else if (fragment.Length > 0 && documents.TryGetValue(file, out var targetPage) &&
                             targetPage.GetElementById(fragment) is null && targetPage.QuerySelector($"a[name='{fragment.Replace("'", "\\'")}']") is null)
                    {
                        broken.Add($"{path}: <{element.LocalName}> '{value}' goes to a section '#{fragment}' that {file} lacks");
                    }
                }
            }
        }

        var summary = $"{checkedLinks} internal links and anchors checked on {documents.Count} pages, {broken.Count} broken.";
        log.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct().Take(30)));
    }

    [Fact]
    public void Every_json_document_and_feed_parses()
    {
        var parser = new HtmlParser();
        var count = 0;
        foreach (var path in demo.Paths(".json", ".webmanifest"))
        {
            var exception = Record.Exception(() => JsonDocument.Parse(demo.Site.Text(path)).Dispose());
            Assert.True(exception is null, $"{path}: {exception?.Message}");
            count++;
        }

        foreach (var path in demo.Paths(".xml", ".rss", ".atom", ".xsl"))
        {
            var exception = Record.Exception(() => XDocument.Parse(demo.Site.Text(path)));
            Assert.True(exception is null, $"{path}: {exception?.Message}");
            count++;
        }

        foreach (var path in demo.Paths(".html"))
        {
            foreach (var script in parser.ParseDocument(demo.Site.Text(path)).QuerySelectorAll("script[type='application/ld+json']"))
            {
                var exception = Record.Exception(() => JsonDocument.Parse(script.TextContent).Dispose());
                Assert.True(exception is null, $"{path} JSON-LD: {exception?.Message}");
                count++;
            }
        }

        log.WriteLine($"{count} JSON documents, feeds and JSON-LD blocks parsed.");
        Assert.True(count > 0);
    }

    /// <summary>The link as an address inside the site, or null for other sites, e-mail and the like.</summary>
    private Uri? Internal(string value, Uri pageUrl)
    {
        if (value.StartsWith(demo.BaseUrl + "/", StringComparison.Ordinal) || value == demo.BaseUrl)
        {
            value = value[demo.BaseUrl.Length..] is { Length: > 0 } rest ? rest : "/";
        }

        if (value.Length == 0 || value.StartsWith("//", StringComparison.Ordinal) || (value.Contains(':') && !value.StartsWith('/') && !value.StartsWith('#')))
        {
            return null;
        }

        return new Uri(pageUrl, value);
    }

    /// <summary>The output file a site path is served from, as a static host serves it, or null.</summary>
    private string? FileFor(string path)
    {
        string[] candidates = path.Length == 0 || path.EndsWith('/') ? [path + "index.html"] : [path, path + "/index.html", path + ".html"];
        return candidates.FirstOrDefault(demo.Site.Has);
    }
}
