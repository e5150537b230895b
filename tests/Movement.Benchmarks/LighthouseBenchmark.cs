using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Movement.Testing;

namespace Movement.Benchmarks;

/// <summary>
/// Builds the realistic site (<see cref="RealisticSite"/>: 240 members, 60 briefs, ten years of weeks, 200
/// news items), serves it gzipped as a static host would, and prints Lighthouse's performance and
/// accessibility scores (mobile, its default) for the home page, a brief, a search with a query and the
/// member directory. Lighthouse takes ~15 s a page, so it is a benchmark, not part of the CI run.
/// Needs `npm ci` in tests/lighthouse and Chromium at /usr/bin/chromium.
/// </summary>
public sealed class LighthouseBenchmark(Func<string, string, (string Program, string[] Arguments)> movement, string work, string repository)
{
    public static readonly string[] Pages = ["/", "/briefs/five-calls/", "/search/?q=health+visiting", "/members/"];

    public void Run()
    {
        var lighthouse = Path.Combine(repository, "tests", "lighthouse", "node_modules", "lighthouse", "cli", "index.js");
        if (!File.Exists(lighthouse))
        {
            throw new InvalidOperationException($"Lighthouse is not installed: run 'npm ci' in {Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(lighthouse))))}.");
        }

        var input = Path.Combine(work, "realistic");
        var output = Path.Combine(work, "realistic-site");
        RealisticSite.WriteTo(input);
        var (program, arguments) = movement(input, output);
        var build = ColdRun.Start(program, arguments);
        Console.WriteLine(build.Output.TrimEnd());

        using var server = new CountingServer(output);
        Console.WriteLine($"Lighthouse {Version(lighthouse)}, mobile, Chromium at /usr/bin/chromium, {Environment.ProcessorCount} cores");
        foreach (var page in Pages)
        {
            var report = Path.Combine(work, "lighthouse.json");
            Node(lighthouse, [server.Origin + page, "--quiet", "--only-categories=performance,accessibility", "--output=json", $"--output-path={report}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu"]);
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var categories = json.RootElement.GetProperty("categories");
            var audits = json.RootElement.GetProperty("audits");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{page,-28} performance {Score(categories, "performance"),3}  accessibility {Score(categories, "accessibility"),3}  " +
                $"LCP {Audit(audits, "largest-contentful-paint")}  CLS {Audit(audits, "cumulative-layout-shift")}  TBT {Audit(audits, "total-blocking-time")}"));
        }
    }

    private static int Score(JsonElement categories, string name) =>
        (int)Math.Round(categories.GetProperty(name).GetProperty("score").GetDouble() * 100);

    private static string Audit(JsonElement audits, string name) =>
        audits.GetProperty(name).GetProperty("displayValue").GetString() ?? "";

    private static string Version(string lighthouse) => Node(lighthouse, ["--version"]).Trim();

    private static string Node(string script, string[] arguments)
    {
        var start = new ProcessStartInfo("node", [script, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CHROME_PATH"] = "/usr/bin/chromium";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Lighthouse failed ({process.ExitCode}): {error.Result}");
        }

        return text;
    }
}
