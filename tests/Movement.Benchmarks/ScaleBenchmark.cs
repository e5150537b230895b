using System.Globalization;
using System.Text.RegularExpressions;

namespace Movement.Benchmarks;

/// <summary>
/// Builds the demo-like site scaled to N items of every type (<see cref="SiteGenerator"/>: search, feeds,
/// API and all) with cold processes into an output folder that holds the previous run, and prints the
/// median wall time and peak memory and the last run's per-pipeline table.
/// </summary>
public sealed class ScaleBenchmark(Func<string, string, (string Program, string[] Arguments)> movement, string work, int runs)
{
    public void Run(int items)
    {
        ColdRun.Require("/usr/bin/time", "time");
        var input = Path.Combine(work, $"scale-{items}");
        new SiteGenerator(items).WriteTo(input);
        var (program, arguments) = movement(input, Path.Combine(work, $"scale-{items}-site"));
        ColdRun.Start(program, arguments); // Warm-up: the disk cache holds the input, the output folder exists.
        var results = Enumerable.Range(0, runs).Select(_ => ColdRun.Start(program, arguments)).ToList();

        Console.WriteLine(results[^1].Output.TrimEnd());
        var inner = results.Select(r => double.Parse(Regex.Match(r.Output, @" in (\d+) ms").Groups[1].Value, CultureInfo.InvariantCulture));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Scaled site, {items:N0} items: median of {runs} cold runs {ColdRun.Median(results.Select(r => r.WallMilliseconds)):0} ms wall " +
            $"({ColdRun.Median(inner):0} ms inside the build), peak RSS {ColdRun.Median(results.Select(r => r.PeakMegabytes)):0} MB"));
    }
}
