using System.Text.Json.Nodes;
using Movement.Site.Tests.Output;
using Movement.Testing;

namespace Movement.Site.Tests.Feeds;

/// <summary>
/// The RSS and Atom files read as a feed reader reads them, by an independent parser (Debian's python3-feedparser,
/// which tests/run.sh installs): every feed of the demo parses without a fault, and markup written in a title or a
/// summary reaches the reader as the characters the author typed, never as live markup.
/// </summary>
public class FeedReaderTests(BuiltDemo demo) : IClassFixture<BuiltDemo>
{
    [Fact]
    public async Task Every_feed_of_the_demo_parses_with_titled_linked_dated_entries()
    {
        var files = Directory.GetFiles(demo.Folder, "*.xml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "feed.xml" or "atom.xml").Order(StringComparer.Ordinal).ToList();
        Assert.Contains(files, f => f.EndsWith("tracker/changes/atom.xml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("cy/news/atom.xml", StringComparison.Ordinal));
        Assert.True(files.Count >= 8, $"Expected the news, briefs, events and tracker feeds in two formats, found {files.Count}.");

        var feeds = await ReadAsync(files);

        Assert.All(feeds, feed =>
        {
            var name = (string)feed["file"]!;
            Assert.False((bool)feed["bozo"]!, $"{name}: {feed["fault"]}");
            Assert.Equal(name.EndsWith("atom.xml", StringComparison.Ordinal) ? "atom10" : "rss20", (string?)feed["version"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)feed["title"]), name);
            if (!name.Contains("/cy/", StringComparison.Ordinal))
            {
                Assert.NotEmpty(feed["entries"]!.AsArray()); // A Welsh feed may wait for its first translation.
            }

            Assert.All(feed["entries"]!.AsArray(), entry =>
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)entry!["title"]), name);
                Assert.StartsWith("https://first1001days.example.org/", (string?)entry["link"]);
                Assert.False(string.IsNullOrWhiteSpace((string?)entry["published"]), name);
            });
        });
    }

    [Fact]
    public async Task Markup_in_a_title_or_summary_reaches_a_reader_as_text()
    {
        var site = await TestSite.BuildAsync("""
            -- news/markup.md --
            ---
            title: "Babies <b>first</b> & <script>alert(1)</script>"
            date: 2026-10-01
            summary: "<img src=x onerror=alert(1)> A summary."
            ---
            Body.
            """);
        site.AssertSucceeded();
        using var folder = new TempFolder();
        var files = new[] { "news/feed.xml", "news/atom.xml" }.Select(path =>
        {
            var file = folder.Combine(path.Replace('/', '_'));
            File.WriteAllText(file, site.Text(path));
            return file;
        }).ToList();

        var feeds = await ReadAsync(files);

        Assert.All(feeds, feed =>
        {
            var entry = Assert.Single(feed["entries"]!.AsArray())!;
            // A reader shows plain text as it is and renders HTML: as text, the author's characters arrive as typed;
            // as HTML, they must arrive escaped, so they still show as typed.
            AssertShownAsTyped("<img src=x onerror=alert(1)> A summary.", (string)entry["summary"]!, (string)entry["summary_type"]!);
            AssertShownAsTyped("Babies <b>first</b> & <script>alert(1)</script>", (string)entry["title"]!, (string)entry["title_type"]!);
        });
    }

    private static void AssertShownAsTyped(string typed, string read, string type)
    {
        if (type == "text/plain")
        {
            Assert.Equal(typed, read);
        }
        else
        {
            Assert.Equal("text/html", type);
            Assert.Equal(System.Net.WebUtility.HtmlEncode(typed), read.Replace("&#x27;", "&#39;", StringComparison.Ordinal));
        }
    }

    private static Task<IReadOnlyList<JsonNode>> ReadAsync(IEnumerable<string> files) =>
        PythonReader.ReadAsync("tests/Movement.Site.Tests/Feeds/read-feeds.py", "python3-feedparser", files);
}
