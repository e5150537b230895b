using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Movement.Browser.Tests.Serving;
using Movement.Testing;

namespace Movement.Browser.Tests.Safety;

/// <summary>
/// A partner takes our API's <c>html</c>, a feed reader our Atom <c>content</c>, RSS <c>description</c> and JSON Feed
/// <c>content_html</c>, and puts them in a page of theirs that has no Content-Security-Policy. A site whose content
/// holds every vector of tests/Movement.Site.Tests/Safety/Data/xss-vectors.txt is built, and each of those bodies
/// goes into a blank page with no policy, both as innerHTML and as a parsed fragment that would run scripts: no
/// script runs, no dialog opens and nothing is requested from any host but the site that published the body (its
/// addresses are absolute, and the sanitiser keeps pictures only from the site itself).
/// </summary>
[Collection(BrowserCollection.Name)]
public class NoPolicyInsertionTests(BrowserSite site)
{
    private const int VectorsPerItem = 3;

    /// <summary>The address of the site that built the bodies (TestSite's).</summary>
    private const string Publisher = "https://test.example.org/";

    private const string BlankPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>A partner's page with no policy</title>
        <script>window.__xssCount = 0; window.__xss = function () { window.__xssCount++; };</script>
        </head><body><main id="inner"></main><main id="fragment"></main></body></html>
        """;

    [Fact]
    public async Task Every_body_we_publish_is_inert_in_a_page_with_no_policy()
    {
        var bodies = Bodies(await BuildVectorSiteAsync());
        Assert.True(bodies.Count >= 4 * (XssVectors.All.Count / VectorsPerItem), $"{bodies.Count} bodies");

        var (runs, dialogs, elsewhere) = await InsertAsync(bodies.Select(b => b.Html));

        Assert.True(runs == 0, $"{runs} script executions");
        Assert.True(dialogs.Count == 0, "Dialogs opened: " + string.Join(", ", dialogs));
        Assert.True(elsewhere.Count == 0, "Requests to other hosts:\n  " + string.Join("\n  ", elsewhere));
    }

    [Fact]
    public async Task The_page_catches_the_vectors_when_nothing_cleans_them()
    {
        // Those that would navigate the page away (a meta refresh, a form) are left out of this control.
        var (runs, _, elsewhere) = await InsertAsync(XssVectors.All.Where(v => v.Contains("onerror", StringComparison.Ordinal) || v.Contains("/beacon.png", StringComparison.Ordinal)));

        Assert.True(runs >= 10, $"Only {runs} of the raw vectors ran: the page would not notice one that got through.");
        Assert.Contains(elsewhere, url => url.Contains("evil.example", StringComparison.Ordinal));
    }

    /// <summary>Puts each piece of HTML into the blank page, as innerHTML and as a fragment that runs scripts, and counts what happens.</summary>
    private async Task<(int Runs, IReadOnlyList<string> Dialogs, IReadOnlyList<string> Elsewhere)> InsertAsync(IEnumerable<string> bodies)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("index.html"), BlankPage);
        await using var server = await StaticSiteServer.StartAsync(folder.Path);
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync(Publisher + "**", route => route.AbortAsync()); // Allowed, but never fetched from here.
        var elsewhere = new ConcurrentQueue<string>();
        var dialogs = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.Origin + "/", StringComparison.Ordinal) && !request.Url.StartsWith(Publisher, StringComparison.Ordinal))
            {
                elsewhere.Enqueue(request.Url);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Enqueue(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync(server.Url("/"));

        foreach (var html in bodies)
        {
            await page.EvaluateAsync("""
                html => {
                    document.getElementById('inner').innerHTML = html;
                    document.getElementById('fragment').replaceChildren(document.createRange().createContextualFragment(html));
                }
                """, html);
        }

        await page.WaitForTimeoutAsync(1500); // SVG animations of one second and late image errors have fired by now.
        var runs = await page.EvaluateAsync<int>("() => window.__xssCount");
        return (runs, [.. dialogs], [.. elsewhere.Distinct()]);
    }

    [Fact]
    public async Task Every_link_left_in_the_bodies_goes_to_a_web_page_an_email_or_a_phone()
    {
        var built = await BuildVectorSiteAsync();
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("index.html"), BlankPage);
        await using var server = await StaticSiteServer.StartAsync(folder.Path);
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url("/"));

        var html = string.Join("\n", Bodies(built).Select(b => b.Html));
        var protocols = await page.EvaluateAsync<string[]>("""
            html => {
                const holder = document.getElementById('inner');
                holder.innerHTML = html;
                return [...holder.querySelectorAll('[href], [src], [action], [formaction], [cite]')]
                    .flatMap(e => ['href', 'src', 'action', 'formaction', 'cite'].filter(a => e.hasAttribute(a)).map(a => new URL(e.getAttribute(a), document.baseURI).protocol));
            }
            """, html);

        Assert.NotEmpty(protocols);
        Assert.All(protocols, p => Assert.Contains(p, new[] { "http:", "https:", "mailto:", "tel:" }));
    }

    private static Task<BuiltSite> BuildVectorSiteAsync()
    {
        var files = new System.Text.StringBuilder();
        var chunks = XssVectors.All.Chunk(VectorsPerItem).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var text = JsonSerializer.Serialize(string.Join(" ", chunks[i])); // A JSON string is a valid YAML double-quoted string.
            var body = string.Join("\n\n", chunks[i].Select((v, n) => $"Vector {n}:\n\n{v}"));
            var date = new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd");
            foreach (var kind in new[] { "news", "briefs" })
            {
                files.Append($"-- {kind}/v{i:000}.md --\n---\ntitle: {text}\nsummary: {text}\ndate: {date}\n---\n{body}\n\n[Read more](/briefs/)\n");
            }
        }

        return TestSite.BuildWithRealThemeAsync(files.ToString());
    }

    /// <summary>Every HTML body the build published for others to insert, with where it came from.</summary>
    private static List<(string Source, string Html)> Bodies(BuiltSite built)
    {
        var bodies = new List<(string, string)>();
        foreach (var path in built.Files.Keys.Where(p => p.StartsWith("api/v1/content/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal)))
        {
            if (JsonNode.Parse(built.Text(path))?["html"]?.GetValue<string>() is { } html)
            {
                bodies.Add((path, html));
            }
        }

        foreach (var section in new[] { "news", "briefs" })
        {
            XNamespace atom = "http://www.w3.org/2005/Atom";
            bodies.AddRange(XDocument.Parse(built.Text($"{section}/atom.xml")).Descendants(atom + "content").Select(c => ($"{section}/atom.xml", c.Value)));
            // A reader decodes the XML and takes the result as HTML: titles and descriptions both.
            var items = XDocument.Parse(built.Text($"{section}/feed.xml")).Descendants("item").ToList();
            bodies.AddRange(items.Select(i => ($"{section}/feed.xml", i.Element("description")!.Value)));
            bodies.AddRange(items.Select(i => ($"{section}/feed.xml title", i.Element("title")!.Value)));
            var feed = JsonNode.Parse(built.Text($"{section}/feed.json"))!;
            bodies.AddRange(feed["items"]!.AsArray().Select(i => ($"{section}/feed.json", i!["content_html"]!.GetValue<string>())));
        }

        return bodies;
    }
}
