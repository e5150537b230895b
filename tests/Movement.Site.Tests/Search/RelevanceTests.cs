using System.Text.Json;
using Movement.Site.Search;
using Movement.Testing;
using Movement.Testing.Search;
using Xunit.Abstractions;

namespace Movement.Site.Tests.Search;

/// <summary>
/// The relevance set: queries a visitor would type on the demo site (Data/relevance.json), each with the page
/// that must come in its top 1 or top 3. Prints precision at 1 and 3 and holds them to a floor. The top three
/// of every query are also kept in Data/relevance-top3.json, which the JS client's test (tests/js) must give
/// too: that is how the browser and this engine are held to the same rankings.
/// </summary>
public class RelevanceTests(ITestOutputHelper log)
{
    /// <summary>Set to 1 to rewrite relevance-top3.json from this engine after a deliberate ranking change.</summary>
    private const string UpdateVariable = "MOVEMENT_UPDATE_RELEVANCE";

    private static readonly Lazy<Task<SearchIndex>> Demo = new(async () =>
        IndexFiles.Read(await DemoSite.BuildAsync()));

    [Fact]
    public async Task The_relevance_set_reaches_its_floor_and_matches_the_browser_client()
    {
        var index = await Demo.Value;
        var engine = new SearchEngine(index);
        var cases = RelevanceCase.ReadAll(Path.Combine(AppContext.BaseDirectory, "Search", "Data", "relevance.json"));
        var top3 = new List<object>();
        var misses = new List<string>();
        var (first, three, met) = (0, 0, 0);
        foreach (var c in cases)
        {
            var results = engine.Search(c.Query, c.Filters, c.Typing);
            var urls = results.Hits.Take(3).Select(h => index.Documents[h.Document].Url).ToList();
            var rank = urls.IndexOf(c.Expect) + 1;
            first += rank == 1 ? 1 : 0;
            three += rank >= 1 ? 1 : 0;
            met += rank >= 1 && rank <= c.Top ? 1 : 0;
            if (rank < 1 || rank > c.Top)
            {
                misses.Add($"{c.Kind}: '{c.Query}' wants {c.Expect} in the top {c.Top}, got [{string.Join(", ", urls)}]");
            }

            top3.Add(new { query = c.Query, typing = c.Typing, filters = c.FiltersJson, top3 = urls });
        }

        log.WriteLine($"Relevance set: {cases.Count} queries; precision@1 {(double)first / cases.Count:0.00}, precision@3 {(double)three / cases.Count:0.00}; {met} meet their own target");
        misses.ForEach(log.WriteLine);

        var golden = Path.Combine(RepositoryRoot.Find(), "tests", "Movement.Site.Tests", "Search", "Data", "relevance-top3.json");
        var json = JsonSerializer.Serialize(top3, new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(golden, json);
        }

        Assert.True(first >= Floor1 * cases.Count, $"precision@1 {first}/{cases.Count} is below the floor {Floor1}");
        Assert.True(three >= Floor3 * cases.Count, $"precision@3 {three}/{cases.Count} is below the floor {Floor3}");
        Assert.True(File.Exists(golden) && File.ReadAllText(golden) == json,
            $"The top three differ from relevance-top3.json; after a deliberate ranking change run the test with {UpdateVariable}=1 and commit the file.");
    }

    private const double Floor1 = 0.85;

    private const double Floor3 = 0.95;
}
