using System.Globalization;
using System.Text.RegularExpressions;

namespace Movement.Benchmarks;

/// <summary>
/// Builds the standard corpus (<see cref="StandardCorpus"/>) with Movement and with Hugo: one warm-up each,
/// then alternating cold runs, first into an output folder that holds the previous run (as a staff
/// member's rebuild or a Netlify build with its cache does), then into an empty one. Prints the median wall
/// time and peak memory of each tool and the ratio Movement/Hugo.
/// </summary>
public sealed class HugoComparison(Func<string, string, (string Program, string[] Arguments)> movement, string work, int runs)
{
    private const string Hugo = "/usr/bin/hugo";

    public void Run(IReadOnlyList<int> sizes)
    {
        ColdRun.Require("/usr/bin/time", "time");
        ColdRun.Require(Hugo, "hugo");
        Console.WriteLine($"Hugo: {ColdRun.Start(Hugo, ["version"]).Output.Trim()}");
        Console.WriteLine($"Median of {runs} alternating cold runs each; wall ms and peak RSS MB.");
        Console.WriteLine();
        Console.WriteLine("| pages | output | Movement wall | Hugo wall | ratio | Movement peak | Hugo peak |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var root = Path.Combine(work, $"corpus-{size}");
            var corpus = new StandardCorpus(size);
            corpus.WriteMovementSite(Path.Combine(root, "movement"));
            corpus.WriteHugoSite(Path.Combine(root, "hugo"));
            var ours = Path.Combine(root, "movement-site");
            var theirs = Path.Combine(root, "hugo-site");
            var (program, arguments) = movement(Path.Combine(root, "movement"), ours);
            ColdRunResult Ours() => ColdRun.Start(program, arguments);
            ColdRunResult Theirs() => ColdRun.Start(Hugo, ["--quiet", "--source", Path.Combine(root, "hugo"), "--destination", theirs]);

            CheckPages(Ours().Output, size);
            Theirs();
            Report(size, "previous run kept", Alternate(Ours, Theirs, () => { }));
            Report(size, "empty", Alternate(Ours, Theirs, () =>
            {
                DeleteIfThere(ours);
                DeleteIfThere(theirs);
            }));
        }
    }

    private (List<ColdRunResult> Ours, List<ColdRunResult> Theirs) Alternate(Func<ColdRunResult> ours, Func<ColdRunResult> theirs, Action beforeEach)
    {
        var (a, b) = (new List<ColdRunResult>(), new List<ColdRunResult>());
        for (var run = 0; run < runs; run++)
        {
            beforeEach();
            a.Add(ours());
            beforeEach();
            b.Add(theirs());
        }

        return (a, b);
    }

    private static void Report(int size, string output, (List<ColdRunResult> Ours, List<ColdRunResult> Theirs) results)
    {
        var ourWall = ColdRun.Median(results.Ours.Select(r => r.WallMilliseconds));
        var theirWall = ColdRun.Median(results.Theirs.Select(r => r.WallMilliseconds));
        var ourPeak = ColdRun.Median(results.Ours.Select(r => r.PeakMegabytes));
        var theirPeak = ColdRun.Median(results.Theirs.Select(r => r.PeakMegabytes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {output} | {ourWall:0} ms | {theirWall:0} ms | {ourWall / theirWall:0.00} | {ourPeak:0} MB | {theirPeak:0} MB |"));
    }

    /// <summary>A build that silently skipped the corpus would win every race.</summary>
    private static void CheckPages(string output, int size)
    {
        var built = Regex.Match(output, @"Built (\d+) pages");
        if (!built.Success || int.Parse(built.Groups[1].Value, CultureInfo.InvariantCulture) < size)
        {
            throw new InvalidOperationException($"Movement did not build the {size} pages:\n{output}");
        }
    }

    private static void DeleteIfThere(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
