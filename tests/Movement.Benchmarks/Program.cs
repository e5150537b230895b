using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Movement.Benchmarks;
using Movement.Testing;

// Builds the demo site and a generated site with cold `movement build` processes and prints the
// median wall time, the build's own time and the page count. Usage: [--items N] [--runs R]
// With --search N: the search benchmark on a generated N-page site, ours against Pagefind (SearchBenchmark).
// With --preview: edit-to-reload times of `movement preview` on the demo and a generated --items site (PreviewBenchmark).
// With --hugo: the standard corpus (1,000 and 4,000 pages) against Hugo (HugoComparison).
// With --scale N: the demo-like site scaled to N items, wall time, peak memory, per-pipeline table (ScaleBenchmark).
// With --members N: the demo site with a generated members.csv of N rows, wall time and peak memory (MembersBenchmark).
// With --lighthouse: Lighthouse scores of the realistic site's key pages (LighthouseBenchmark).
// With --realistic DIR: writes the realistic site's input (RealisticSite) to DIR, for screenshots and trials.
// With --corpus DIR: writes the standard corpus of --items pages for Movement (StandardCorpus) to DIR, for trials.
// With --hugo-corpus DIR: writes the same corpus as a Hugo site (pages and list) to DIR.
// With --generated DIR: writes the generated site of --items items (SiteGenerator), as the preview benchmark edits it.
// With --cli PATH: time that Movement (a published app, e.g. the native program) instead of the built movement.dll, builds and preview alike.
var items = ArgValue("--items", 1000);
var runs = ArgValue("--runs", 5);
var cli = Path.Combine(AppContext.BaseDirectory, "movement.dll");
var cliPath = ArgText("--cli");
if (Array.IndexOf(args, "--preview") >= 0)
{
    var movement = cliPath is null ? ("dotnet", new[] { cli }) : (Path.GetFullPath(cliPath), Array.Empty<string>());
    await new PreviewBenchmark(movement, Path.Combine(Path.GetTempPath(), "movement-preview-bench"), items).RunAsync();
    return;
}

var work = Path.Combine(Path.GetTempPath(), "movement-bench");
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

if (Array.IndexOf(args, "--search") >= 0)
{
    await new SearchBenchmark(cli, work, ArgValue("--search", 10_000)).RunAsync();
    return;
}

(string, string[]) MovementBuild(string input, string output) => cliPath is null
    ? ("dotnet", [cli, "build", "--input", input, "--output", output])
    : (Path.GetFullPath(cliPath), ["build", "--input", input, "--output", output]);
var own = Path.Combine(Path.GetTempPath(), $"movement-speed-{Environment.ProcessId}"); // Not shared with another benchmark run.
if (Array.IndexOf(args, "--hugo") >= 0)
{
    new HugoComparison(MovementBuild, own, runs).Run([1000, 4000]);
    Directory.Delete(own, recursive: true);
    return;
}

if (Array.IndexOf(args, "--scale") >= 0)
{
    new ScaleBenchmark(MovementBuild, own, runs).Run(ArgValue("--scale", 10_000));
    Directory.Delete(own, recursive: true);
    return;
}

if (Array.IndexOf(args, "--lighthouse") >= 0)
{
    new LighthouseBenchmark(MovementBuild, own, Path.GetDirectoryName(RepositoryRoot.DemoInput)!).Run();
    Directory.Delete(own, recursive: true);
    return;
}

if (ArgText("--realistic") is { } realistic)
{
    Movement.Testing.RealisticSite.WriteTo(realistic);
    return;
}

if (ArgText("--generated") is { } generatedSite)
{
    new SiteGenerator(items).WriteTo(generatedSite); // The preview benchmark's site, to profile by hand.
    return;
}

if (ArgText("--corpus") is { } corpus)
{
    new StandardCorpus(items).WriteMovementSite(corpus);
    return;
}

if (ArgText("--hugo-corpus") is { } hugoCorpus)
{
    new StandardCorpus(items).WriteHugoSite(hugoCorpus, sameFiles: false); // The site Hugo builds in --hugo, to compare by hand.
    return;
}

if (Array.IndexOf(args, "--members") >= 0)
{
    new MembersBenchmark(MovementBuild, own, RepositoryRoot.DemoInput).Run(ArgValue("--members", 100_000));
    Directory.Delete(own, recursive: true);
    return;
}

var generated = Path.Combine(work, $"generated-{items}");
new SiteGenerator(items).WriteTo(generated);
var demo = RepositoryRoot.DemoInput;

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformationText()}");
Measure("demo site (input/)", demo);
Measure($"generated site, {items} items", generated);

void Measure(string name, string input)
{
    var wall = new List<double>();
    var inner = new List<double>();
    var pages = "";
    for (var run = 0; run < runs; run++)
    {
        var output = Path.Combine(work, "out-" + run);
        var watch = Stopwatch.StartNew();
        var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "build", "--input", input, "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var text = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The build of {name} failed:\n{errors}");
        }

        var summary = Regex.Match(text, @"Built (\d+) pages \((\d+) files\).* in (\d+) ms");
        pages = $"{summary.Groups[1].Value} pages, {summary.Groups[2].Value} files";
        inner.Add(double.Parse(summary.Groups[3].Value, CultureInfo.InvariantCulture));
        wall.Add(watch.Elapsed.TotalMilliseconds);
        if (run == runs - 1)
        {
            Console.WriteLine(text.TrimEnd());
        }
    }

    Console.WriteLine($"{name}: {pages}; median of {runs} cold runs: {Median(wall):0} ms wall, {Median(inner):0} ms inside the build");
    Console.WriteLine();
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

string? ArgText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int ArgValue(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.OSDescription;
