using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Movement.Benchmarks;

/// <summary>
/// Builds a generated site, indexes it with our search and with Pagefind (on the same built HTML), then
/// loads typical queries in headless Chromium on both and reports the bytes each downloads (client code
/// included, pages and CSS not), the index size on disk and the indexing time.
/// </summary>
public sealed class SearchBenchmark(string cli, string work, int pages)
{
    private const string PagefindVersion = "1.6.0";
    private const int ResultsShown = 10;

    public static readonly string[] Queries = ["babies", "commissioning", "health visiting"];

    public async Task RunAsync()
    {
        var input = Path.Combine(work, $"search-{pages}");
        var site = Path.Combine(work, $"search-{pages}-site");
        new SiteGenerator(pages, vocabulary: 20_000).WriteTo(input);

        var build = Run("dotnet", [cli, "build", "--input", input, "--output", site]);
        var pageCount = Regex.Match(build.Output, @"Built (\d+) pages").Groups[1].Value;
        var searchMs = Regex.Match(build.Output, @"^Search\s+(?:\d+\s+){6}(\d+)", RegexOptions.Multiline).Groups[1].Value;
        Console.WriteLine($"Generated site: {pageCount} pages; our build {build.Milliseconds:0} ms in all, of which the search pipeline {searchMs} ms");

        var tool = Path.Combine(Path.GetTempPath(), "movement-pagefind-tool"); // Outside the work folder, which each run clears.
        if (!File.Exists(Path.Combine(tool, "node_modules", ".bin", "pagefind")))
        {
            Directory.CreateDirectory(tool);
            Run("npm", ["install", "--prefix", tool, "--no-audit", "--no-fund", $"pagefind@{PagefindVersion}"]);
        }

        var pagefind = Run(Path.Combine(tool, "node_modules", ".bin", "pagefind"), ["--site", site, "--output-subdir", "pagefind"]);
        Console.WriteLine($"Pagefind {PagefindVersion}: indexed in {pagefind.Milliseconds:0} ms (its own process, wall time)");
        File.WriteAllText(Path.Combine(site, "pagefind-query.html"), PagefindPage);

        using var server = new CountingServer(site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        Console.WriteLine();
        Console.WriteLine($"Bytes a browser downloads for one query, cold cache, gzip for text files; client code included, HTML and CSS not; {ResultsShown} results' records/fragments loaded:");
        Console.WriteLine($"| query | ours: bytes (requests) | Pagefind: bytes (requests) | ours / Pagefind | results |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var query in Queries)
        {
            var ours = await MeasureAsync(browser, server, $"/search/?q={Uri.EscapeDataString(query)}",
                "() => document.querySelector('[data-search-status]')?.textContent.length > 0", "() => parseInt(document.querySelector('[data-search-status]').textContent, 10) || 0");
            var theirs = await MeasureAsync(browser, server, $"/pagefind-query.html?q={Uri.EscapeDataString(query)}",
                "() => window.searchDone !== undefined", "() => window.searchDone");
            Console.WriteLine($"| {query} | {ours.Bytes:N0} ({ours.Requests}) | {theirs.Bytes:N0} ({theirs.Requests}) | {(double)ours.Bytes / theirs.Bytes:0.00} | {ours.Results} / {theirs.Results} |");
        }

        Console.WriteLine();
        var ourIndex = Size(Path.Combine(site, "search"), f => !f.EndsWith("index.html", StringComparison.Ordinal));
        var client = Size(Path.Combine(site, "assets", "js"), f => Path.GetFileName(f).StartsWith("search", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("english-stemmer", StringComparison.Ordinal));
        var theirIndex = Size(Path.Combine(site, "pagefind"), _ => true);
        Console.WriteLine("| on disk | ours | Pagefind |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| index and client, bytes (files) | {ourIndex.Bytes + client.Bytes:N0} ({ourIndex.Files + client.Files}) | {theirIndex.Bytes:N0} ({theirIndex.Files}) |");
        Console.WriteLine($"| of which client code | {client.Bytes:N0} ({client.Files}) | (included above) |");
    }

    private static async Task<(long Bytes, int Requests, int Results)> MeasureAsync(IBrowser browser, CountingServer server, string url, string done, string results)
    {
        await using var context = await browser.NewContextAsync(); // A cold cache for every query.
        var page = await context.NewPageAsync();
        server.Reset();
        await page.GotoAsync(server.Origin + url);
        await page.WaitForFunctionAsync(done, null, new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var count = await page.EvaluateAsync<int>(results);
        var sent = server.Sent.Where(s => !s.Path.EndsWith('/') && !s.Path.EndsWith(".html", StringComparison.Ordinal) && !s.Path.EndsWith(".css", StringComparison.Ordinal)).ToList();
        return (sent.Sum(s => s.Bytes), sent.Count, count);
    }

    private static (long Bytes, int Files) Size(string folder, Func<string, bool> include)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(include).ToList();
        return (files.Sum(f => new FileInfo(f).Length), files.Count);
    }

    private static (string Output, double Milliseconds) Run(string program, string[] arguments)
    {
        var watch = Stopwatch.StartNew();
        var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed:\n{output}\n{errors.Result}");
        }

        return (output, watch.Elapsed.TotalMilliseconds);
    }

    // Pagefind's own JavaScript API, as its UI uses it: search, then load the shown results' data.
    private const string PagefindPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Pagefind query</title></head>
        <body><script type="module">
        const query = new URLSearchParams(location.search).get('q');
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
        window.searchDone = search.results.length;
        </script></body></html>
        """;
}
