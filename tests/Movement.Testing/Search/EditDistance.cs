using Movement.Site.Search;

namespace Movement.Testing.Search;

/// <summary>
/// How many single-letter edits turn one word into another: insertions, deletions, substitutions and swaps of
/// two neighbouring letters (the optimal string alignment distance). The browser's copy is in search-core.js.
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // Row i lives in rows[i % 3], so the two rows before it are still there for swaps.
            var (before, previous, current) = (rows[(i + 1) % 3], rows[(i + 2) % 3], rows[i % 3]);
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }
        }

        return rows[a.Length % 3][b.Length];
    }
}
