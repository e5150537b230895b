namespace Movement.Testing;

/// <summary>
/// Reads a Netlify _headers file and answers as the host would: every rule whose path matches adds its
/// headers, and a header given by several matching rules has their values joined with ", ". Paths are
/// exact, or end in "*" to match everything below. Lines that fit neither form are reported, so a
/// malformed file fails the test that reads it.
/// </summary>
public sealed class NetlifyHeaders
{
    private NetlifyHeaders(IReadOnlyList<(string Path, IReadOnlyList<KeyValuePair<string, string>> Headers)> rules) => Rules = rules;

    public IReadOnlyList<(string Path, IReadOnlyList<KeyValuePair<string, string>> Headers)> Rules { get; }

    public static NetlifyHeaders Parse(string text)
    {
        var rules = new List<(string, IReadOnlyList<KeyValuePair<string, string>>)>();
        List<KeyValuePair<string, string>>? current = null;
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('/'))
            {
                var path = line.Trim();
                if (path.Contains(' ') || (path.Contains('*') && !path.EndsWith('*')))
                {
                    throw new FormatException($"_headers line {number}: '{path}' is not a path rule (nothing may follow '*').");
                }

                current = [];
                rules.Add((path, current));
                continue;
            }

            var colon = line.IndexOf(':');
            if (current is null || !char.IsWhiteSpace(line[0]) || colon <= 0)
            {
                throw new FormatException($"_headers line {number}: '{line}' is neither a path nor an indented 'Name: value' under one.");
            }

            current.Add(KeyValuePair.Create(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return new NetlifyHeaders(rules);
    }

    public static bool Matches(string rule, string path) =>
        rule.EndsWith('*') ? path.StartsWith(rule[..^1], StringComparison.Ordinal) : rule == path;

    /// <summary>The headers the host sends for a request path, same-named values joined.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string path) => Rules
        .Where(r => Matches(r.Path, path))
        .SelectMany(r => r.Headers)
        .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
        .Select(g => KeyValuePair.Create(g.Key, string.Join(", ", g.Select(h => h.Value))))
        .ToList();

    public string? Header(string path, string name) =>
        For(path).Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();
}
