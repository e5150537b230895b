using System.Diagnostics;
using System.Text;
using Movement.Testing;
using Movement.Theme.Rendering;
using Xunit.Abstractions;

namespace Movement.Site.Tests.Fuzzing;

/// <summary>
/// Small sites whose YAML, Markdown or members spreadsheet is pushed to extremes drawn from a fixed seed:
/// nesting depth, aliases, sizes and encodings. Every build ends in success or located diagnostics, never a
/// crash or an internal fault (MV0900), and quickly. The time limit is a guard against hangs on a shared
/// machine, not a benchmark; the slowest case is printed.
/// </summary>
public class ParserLimitFuzzTests(ITestOutputHelper log)
{
    private const int Seed = 16;
    private const int Cases = 240;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(10);
    private static readonly int[] Depths = [1, 8, 31, 32, 33, 63, 64, 65, 96, 97, 128, 200, 1_000, 10_000, 50_000];
    private static readonly int[] Sizes = [0, 1, 100, 2_000, 10_001, 100_000, 1_000_000];

    private readonly Random random = new(Seed);

    [Fact]
    public async Task Extreme_nesting_aliases_sizes_and_encodings_end_in_a_build_or_located_diagnostics_quickly()
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var slowest = (Time: TimeSpan.Zero, Name: "");
        using var theme = new RazorThemeRenderer();
        await FuzzedBuildTests.Build(Files(("briefs/b.md", "---\ntitle: B\nsummary: S\ndate: 2024-01-01\n---\nWarm-up.\n")), theme); // Not timed: the first build compiles.

        for (var i = 0; i < Cases; i++)
        {
            var (name, files) = Case();
            files.TryAdd("site.yml", Encoding.UTF8.GetBytes(TestSite.DefaultSettings));
            var watch = Stopwatch.StartNew();
            var outcome = await FuzzedBuildTests.Build(files, theme);
            watch.Stop();
            outcomes[outcome.Kind] = outcomes.GetValueOrDefault(outcome.Kind) + 1;
            slowest = watch.Elapsed > slowest.Time ? (watch.Elapsed, name) : slowest;
            if (outcome.Problem is { } problem)
            {
                problems.Add($"case {i} ({name}): {problem}");
            }
            else if (watch.Elapsed > CaseLimit)
            {
                problems.Add($"case {i} ({name}): took {watch.Elapsed.TotalSeconds:0.0} s");
            }
        }

        var summary = $"{Cases} parser-limit cases (seed {Seed}): " + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Value} {o.Key}")) +
                      $"; slowest {slowest.Time.TotalMilliseconds:0} ms ({slowest.Name})";
        log.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(problems.Count == 0, $"{problems.Count} of {Cases} cases went wrong. First ones:\n" + string.Join("\n\n", problems.Take(10)));
    }

    private (string Name, Dictionary<string, byte[]> Files) Case()
    {
        var depth = Depths[random.Next(Depths.Length)];
        var size = Sizes[random.Next(Sizes.Length)];
        return random.Next(3) switch
        {
            0 => Yaml(depth, size),
            1 => Markdown(depth, size),
            _ => Csv(depth, size),
        };
    }

    private (string, Dictionary<string, byte[]>) Yaml(int depth, int size)
    {
        var (name, value) = random.Next(7) switch
        {
            0 => ($"flow brackets {depth} deep", new string('[', depth) + (random.Next(2) == 0 ? "x" + new string(']', depth) : "")),
            1 => ($"flow maps {depth} deep", string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth)),
            2 => ($"maps by indentation {depth} deep", "\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 1_000)).Select(i => new string(' ', 2 * i) + $"k{i}:\n"))),
            3 => ($"dashes {depth} deep", "\n" + string.Concat(Enumerable.Repeat("- ", depth)) + "x"),
            4 => AliasBomb(random.Next(2, 13), random.Next(2, 11)),
            5 => ($"{size} aliases of one anchor", $"&a x\nmany: [{string.Join(",", Enumerable.Repeat("*a", size))}]"),
            _ => ($"a value of {size} characters", "\"" + new string('y', size) + "\""),
        };

        return random.Next(3) switch
        {
            0 => ("front matter: " + name, Files(("briefs/b.md", $"---\ntitle: B\nsummary: S\ndate: 2024-01-01\nextra: {value}\n---\nBody\n"))),
            1 => ("member file: " + name, Files(("members/m.yml", $"name: M\ntype: charity\nnations: [wales]\ndescription: D\nextra: {value}\n"))),
            _ => ("site.yml: " + name, Files(("site.yml", $"{TestSite.DefaultSettings}\nextra: {value}\n"))),
        };
    }

    private static (string, string) AliasBomb(int width, int levels) =>
        ($"alias bomb {width} wide, {levels} levels", "&l0 [" + string.Join(",", Enumerable.Repeat("lol", width)) + "]\n" +
            string.Concat(Enumerable.Range(1, levels).Select(i => $"l{i}: &l{i} [{string.Join(",", Enumerable.Repeat($"*l{i - 1}", width))}]\n")));

    private (string, Dictionary<string, byte[]>) Markdown(int depth, int size)
    {
        var (name, body) = random.Next(9) switch
        {
            0 => ($"{depth} quotes", new string('>', depth) + " deep"),
            1 => ($"{depth} list markers", string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "* " : "1. ", depth)) + "deep"),
            2 => ($"lists nested by indentation {depth} deep", string.Concat(Enumerable.Range(0, Math.Min(depth, 2_000)).Select(i => new string(' ', 2 * i) + "- x\n"))),
            3 => ($"{depth} link brackets", new string('[', depth) + "x" + new string(']', depth) + "(/)"),
            4 => ($"{size} emphasis runs", string.Concat(Enumerable.Repeat("*a **b ", size / 2))),
            5 => ($"a table of {size} cells", "|" + string.Concat(Enumerable.Repeat("a|", Math.Min(size, 1_000))) + "\n|-|\n" + string.Concat(Enumerable.Repeat("|a|a|\n", size / 1_000))),
            6 => ($"a line of {size} characters", string.Concat(Enumerable.Repeat("word ", size / 5))),
            7 => ($"{size} links", string.Concat(Enumerable.Repeat("[a](/) ", size / 7))),
            _ => ($"{size} underscores", new string('_', size) + "x" + new string('_', size)),
        };

        return ("markdown: " + name, Files(("briefs/b.md", $"---\ntitle: B\nsummary: S\ndate: 2024-01-01\n---\nIntro.\n\n{body}\n")));
    }

    private (string, Dictionary<string, byte[]>) Csv(int depth, int size)
    {
        var separator = ",;\t|"[random.Next(4)];
        var header = string.Join(separator, "name", "type", "nations", "description");
        // Rows are few: every member is a page, and thousands of pages are the benchmark's business, not the parser's.
        var rows = string.Concat(Enumerable.Range(1, Math.Min(size, 100)).Select(i => $"Member {i}{separator}charity{separator}wales{separator}D\n"));
        var text = random.Next(4) switch
        {
            0 => $"sep={separator}\n{header}\n{rows}",
            1 => $"{header}\n{rows}\n\n{new string(separator, 3)}\n",
            2 => $"{header}{new string(separator, depth)}\n{rows}",
            _ => $"{header}\nBig{separator}charity{separator}wales{separator}\"{new string('d', size)}\n",
        };

        var bytes = Encoding.UTF8.GetBytes(text);
        var (encoding, encoded) = random.Next(5) switch
        {
            0 => ("Windows-1252", [.. bytes.Take(bytes.Length / 2), 0xE9, .. bytes.Skip(bytes.Length / 2)]),
            1 => ("UTF-16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
            2 => ("UTF-8 cut inside a character", [.. bytes, 0xC3]),
            3 => ("UTF-8 with a byte-order mark", [.. Encoding.UTF8.Preamble, .. bytes]),
            _ => ("UTF-8", bytes),
        };

        return ($"csv: {encoding}, '{separator}', {size} rows or characters", new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["members.csv"] = encoded });
    }

    private static Dictionary<string, byte[]> Files(params (string Path, string Text)[] files) =>
        files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text), StringComparer.Ordinal);
}
