using System.Text.Json;
using Movement.Site.Search;
using Movement.Testing.Search;

namespace Movement.Site.Tests.Search;

/// <summary>Edits between words, as typo correction counts them; tests/js runs the same cases on the browser's copy.</summary>
public class EditDistanceTests
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "Data", "edit-distance-cases.json")));
        foreach (var c in cases.RootElement.EnumerateArray())
        {
            data.Add(c.GetProperty("a").GetString()!, c.GetProperty("b").GetString()!, c.GetProperty("distance").GetInt32());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Insertions_deletions_changes_and_swaps_of_neighbours_each_count_one(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }
}
