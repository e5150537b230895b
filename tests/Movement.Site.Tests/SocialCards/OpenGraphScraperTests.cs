using System.Diagnostics;
using System.Text.Json.Nodes;
using Movement.Site.Tests.Output;
using Movement.Testing;

namespace Movement.Site.Tests.SocialCards;

/// <summary>
/// The written demo site read by open-graph-scraper (npm, in tests/api-tools), the library many link-preview
/// services use: one page of every kind has a 1200×630 PNG og:image with its size, type and alt. The C# reader of
/// <see cref="OpenGraphReaderTests"/> checks the same as the platforms' crawlers parse it.
/// </summary>
public class OpenGraphScraperTests(BuiltDemo demo) : IClassFixture<BuiltDemo>
{
    private static readonly string Tools = Path.Combine(RepositoryRoot.Find(), "tests", "api-tools");

    [Fact]
    public async Task Open_graph_scraper_finds_a_1200_by_630_png_with_its_size_and_alt_on_every_kind_of_page()
    {
        Assert.True(Directory.Exists(Path.Combine(Tools, "node_modules", "open-graph-scraper")), $"open-graph-scraper is not installed in {Tools}: run 'bash tests/run.sh' (it runs 'npm ci' there).");
        var kinds = OpenGraphReaderTests.PageTypes.Select(row => ((string)row[0], (string)row[1])).ToList();

        using var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(Tools, "open-graph.mjs"), demo.Folder, demo.BaseUrl, .. kinds.Select(k => k.Item2)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, errors);

        var read = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToDictionary(r => (string)r["page"]!);
        Assert.Equal(15, kinds.Count);
        foreach (var (kind, page) in kinds)
        {
            var found = read[page];
            Assert.True(found["error"]?.GetValue<bool>() is not true, $"open-graph-scraper failed on the {kind} page.");
            Assert.StartsWith(demo.BaseUrl + "/cards/", (string?)found["image"] ?? $"(no og:image on the {kind} page)");
            Assert.Equal(("1200", "630", "image/png"), ((string?)found["width"], (string?)found["height"], (string?)found["type"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)found["alt"]), $"The {kind} page's og:image has no alt.");
            Assert.True(found["png"] is JsonObject png && (int)png["width"]! == 1200 && (int)png["height"]! == 630, $"The {kind} page's og:image is not a 1200×630 PNG in the site: {found["png"]}.");
            Assert.Equal("summary_large_image", (string?)found["twitterCard"]);
        }
    }
}
