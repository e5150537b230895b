using System.Text.Json;
using Movement.Site.Search;

namespace Movement.Site.Tests.Search;

/// <summary>One query of the relevance set, the page it must find and within which rank.</summary>
public sealed record RelevanceCase(string Kind, string Query, bool Typing, string FiltersJson, SearchFilters Filters, string Expect, int Top)
{
    public static IReadOnlyList<RelevanceCase> ReadAll(string path)
    {
        using var cases = JsonDocument.Parse(File.ReadAllText(path));
        return cases.RootElement.EnumerateArray().Select(Of).ToList();
    }

    private static RelevanceCase Of(JsonElement entry)
    {
        var filters = entry.TryGetProperty("filters", out var f) ? f : default;
        IReadOnlyList<string> Ticked(string name) =>
            filters.ValueKind == JsonValueKind.Object && filters.TryGetProperty(name, out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : [];

        return new RelevanceCase(
            entry.GetProperty("kind").GetString()!,
            entry.GetProperty("query").GetString()!,
            entry.TryGetProperty("typing", out var typing) && typing.GetBoolean(),
            filters.ValueKind == JsonValueKind.Object ? filters.GetRawText() : "{}",
            new SearchFilters(Ticked("type"), Ticked("nation"), Ticked("topic")),
            entry.GetProperty("expect").GetString()!,
            entry.GetProperty("top").GetInt32());
    }
}
