using System.Text.Json;
using Movement.Site.Search;
using Movement.Testing;

namespace Movement.Site.Tests.Search;

/// <summary>Queries a visitor would type on the demo site, and the page that must come first. The JS client runs the same list.</summary>
public class RelevanceTests
{
    private static readonly Lazy<Task<SearchIndex>> Demo = new(async () =>
        IndexFiles.Read(await TestSite.BuildAsync(TempFolder.Snapshot(RepositoryRoot.DemoInput).ToDictionary(f => f.Key.Replace('\\', '/'), f => f.Value))));

    public static TheoryData<string, bool, string, string?> Queries()
    {
        var data = new TheoryData<string, bool, string, string?>();
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "Data", "relevance.json")));
        foreach (var entry in cases.RootElement.EnumerateArray())
        {
            data.Add(entry.GetProperty("query").GetString()!,
                entry.TryGetProperty("typing", out var typing) && typing.GetBoolean(),
                entry.TryGetProperty("filters", out var filters) ? filters.GetRawText() : "{}",
                entry.GetProperty("first").GetString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_expected_page_comes_first(string query, bool typing, string filters, string? first)
    {
        var index = await Demo.Value;
        using var json = JsonDocument.Parse(filters);
        IReadOnlyList<string> Ticked(string name) =>
            json.RootElement.TryGetProperty(name, out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [];

        var results = new SearchEngine(index).Search(query, new SearchFilters(Ticked("type"), Ticked("nation"), Ticked("topic")), typing);

        Assert.Equal(first, results.Hits.Select(h => index.Documents[h.Document].Url).FirstOrDefault());
    }
}
