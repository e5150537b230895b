namespace Movement.Core.Text;

/// <summary>"Did you mean …?" for misspelt field names and values.</summary>
public static class Suggestions
{
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Beyond a third of the word, a suggestion is more likely to confuse than help.
        return best is not null && bestDistance <= Math.Max(2, value.Length / 3) ? best : null;
    }

    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { } match ? $" Did you mean '{match}'?" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
