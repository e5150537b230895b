using System.Globalization;
using System.Text.RegularExpressions;

namespace Movement.Benchmarks;

/// <summary>
/// Builds the standard corpus (<see cref="StandardCorpus"/>) with Movement and with Hugo: two warm-ups each
/// (Movement keeps two generations of its output), then alternating cold runs, first into an output folder
/// that holds the previous run (as a staff member's rebuild does), then into a new one (as a fresh checkout
/// on Netlify does). Prints the median wall time and peak memory of each tool and the ratio Movement/Hugo.
/// </summary>
/// <remarks>
/// A new output folder is made by moving the last one aside, not by deleting it: the tens of thousands of files
/// deleted just before a build made ext4 skip every recently freed inode as it allocated new ones, so each
/// file created cost 0.7 ms instead of 25 µs, more with each run, and the tool that writes more files lost
/// by far more than its work. A fresh checkout has no such freed inodes. What was moved aside is deleted
/// once every run is over.
/// </remarks>
public sealed class HugoComparison(Func<string, string, (string Program, string[] Arguments)> movement, string work, int runs)
{
    private const string Hugo = "/usr/bin/hugo";

    /// <summary>Each row's runs in the order they ran, printed under the table: the medians hide how much a spell of load moved them.</summary>
    private readonly List<string> _runs = [];

    public void Run(IReadOnlyList<int> sizes)
    {
        ColdRun.Require("/usr/bin/time", "time");
        ColdRun.Require(Hugo, "hugo");
        Console.WriteLine($"Hugo: {ColdRun.Start(Hugo, ["version"]).Output.Trim()}");
        Console.WriteLine($"Median of {runs} alternating cold runs each; wall ms and peak RSS MB.");
        Console.WriteLine();
        Console.WriteLine("| pages | Hugo site | output | Movement wall | Hugo wall | ratio | Movement peak | Hugo peak |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var aside = Path.Combine(work, "moved-aside");
        foreach (var size in sizes)
        {
            var root = Path.Combine(work, $"corpus-{size}");
            var corpus = new StandardCorpus(size);
            corpus.WriteMovementSite(Path.Combine(root, "movement"));
            corpus.WriteHugoSite(Path.Combine(root, "hugo"), sameFiles: false);
            corpus.WriteHugoSite(Path.Combine(root, "hugo-same"), sameFiles: true);
            var (program, arguments) = movement(Path.Combine(root, "movement"), Path.Combine(root, "movement-site"));
            ColdRunResult Ours() => ColdRun.Start(program, arguments);
            CheckPages(Ours().Output, size);
            Ours();

            // The plain site at every size; the one that writes as many files as Movement at the largest.
            foreach (var (site, label) in size == sizes[^1] ? [("hugo", "pages and list"), ("hugo-same", "the same files")] : new[] { ("hugo", "pages and list") })
            {
                var destination = Path.Combine(root, site + "-site");
                ColdRunResult Theirs() => ColdRun.Start(Hugo, ["--quiet", "--source", Path.Combine(root, site), "--destination", destination]);
                Theirs();
                Theirs();
                Report(size, label, "previous run kept", Alternate(Ours, Theirs, () => { }));
                Report(size, label, "new folder", Alternate(Ours, Theirs, () => MoveAside(root, aside)));
                Ours(); // The new folders' first runs leave Movement with one generation: give it its second again.
            }
        }

        Console.WriteLine();
        Console.WriteLine("Each run's wall ms, in the order they ran:");
        _runs.ForEach(Console.WriteLine);
        if (Directory.Exists(aside))
        {
            Directory.Delete(aside, recursive: true);
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

    private void Report(int size, string hugoSite, string output, (List<ColdRunResult> Ours, List<ColdRunResult> Theirs) results)
    {
        static string Walls(List<ColdRunResult> runs) => string.Join(' ', runs.Select(r => r.WallMilliseconds.ToString("0", CultureInfo.InvariantCulture)));
        _runs.Add(string.Create(CultureInfo.InvariantCulture, $"- {size:N0}, {hugoSite}, {output}: Movement {Walls(results.Ours)}; Hugo {Walls(results.Theirs)}"));
        var ourWall = ColdRun.Median(results.Ours.Select(r => r.WallMilliseconds));
        var theirWall = ColdRun.Median(results.Theirs.Select(r => r.WallMilliseconds));
        var ourPeak = ColdRun.Median(results.Ours.Select(r => r.PeakMegabytes));
        var theirPeak = ColdRun.Median(results.Theirs.Select(r => r.PeakMegabytes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {hugoSite} | {output} | {ourWall:0} ms | {theirWall:0} ms | {ourWall / theirWall:0.00} | {ourPeak:0} MB | {theirPeak:0} MB |"));
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

    /// <summary>
    /// Moves both tools' output (Movement's spare and records beside it too) out of the way, to be deleted at the
    /// end. Movement's picture cache (<c>.NAME.cache</c>) stays, as Netlify's build cache keeps it between deploys:
    /// drawing every social card again is a first deploy's cost, not a new folder's.
    /// </summary>
    private static void MoveAside(string root, string aside)
    {
        var into = Path.Combine(aside, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(into);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root).Where(e => Path.GetFileName(e).Contains("-site", StringComparison.Ordinal) && !Path.GetFileName(e).EndsWith(".cache", StringComparison.Ordinal)))
        {
            var target = Path.Combine(into, Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                Directory.Move(entry, target);
            }
            else
            {
                File.Move(entry, target);
            }
        }
    }
}
