using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Movement.Browser.Tests.Serving;
using Movement.Testing;
using Xunit.Abstractions;

namespace Movement.Browser.Tests.Headless;

/// <summary>
/// The real Decap CMS (tests/browser-tools pins it) runs on the built /admin/ with its local backend,
/// decap-server, on a temporary git copy of the demo content: it starts without a configuration error,
/// lists every entry of every collection, and saves a new awareness week in its year's folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public class DecapCmsTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly string Tools = Path.Combine(RepositoryRoot.Find(), "tests", "browser-tools", "node_modules");

    [Fact]
    public Task The_cms_starts_and_lists_the_entries_of_every_collection() => WithCmsAsync(async (page, cms, errors, repository) =>
    {
        Assert.DoesNotContain("Error loading the CMS configuration", await page.ContentAsync());
        var expected = ExpectedEntries(repository.Combine("input"));
        foreach (var (collection, count) in expected)
        {
            await page.GotoAsync(cms + $"#/collections/{collection}");
            var entries = page.Locator($"a[href*='#/collections/{collection}/entries/']");
            await Assertions.Expect(entries).ToHaveCountAsync(count, new() { Timeout = 20000 });
            output.WriteLine($"{collection}: {count} entries");
        }

        Assert.DoesNotContain(errors, e => e.Contains("config", StringComparison.OrdinalIgnoreCase) || e.Contains("Content Security Policy", StringComparison.Ordinal));
    });

    /// <summary>A week created in the editor goes to the folder of the year it starts, whatever year it is created in.</summary>
    [Fact]
    public Task A_new_awareness_week_is_saved_under_the_year_it_starts() => WithCmsAsync(async (page, cms, _, repository) =>
    {
        await page.GotoAsync(cms + "#/collections/awareness-week/new");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Infant Mental Health Awareness Week 2031");
        await page.GetByLabel("Theme", new() { Exact = true }).FillAsync("Babies in 2031");
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync("A week in 2031.");
        await page.GetByLabel("First day", new() { Exact = true }).FillAsync("2031-06-09");
        await page.GetByLabel("Last day", new() { Exact = true }).FillAsync("2031-06-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        // The editorial workflow saves each new entry on a branch of its own, named for its path.
        var saved = await WaitForAsync(() => Git(repository.Path, "for-each-ref", "--format=%(refname:short)", "refs/heads/cms/")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(branch => Git(repository.Path, "diff", "--name-only", "main", branch).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .ToList() is { Count: > 0 } files ? files : null);
        Assert.Equal(["input/awareness-week/2031/index.md"], saved);
    });

    /// <summary>Starts decap-server on a git copy of the demo content and the CMS on the built site, logged in.</summary>
    private async Task WithCmsAsync(Func<IPage, string, List<string>, TempFolder, Task> test)
    {
        Assert.True(Directory.Exists(Path.Combine(Tools, "decap-cms")), "Run 'npm ci' in tests/browser-tools (tests/run.sh does).");
        using var repository = new TempFolder();
        TempFolder.CopyTree(RepositoryRoot.DemoInput, repository.Combine("input"));
        Git(repository.Path, "init", "-q", "-b", "main");
        Git(repository.Path, "add", "-A");
        Git(repository.Path, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "Demo content");

        var port = FreePort();
        using var server = StartDecapServer(repository.Path, port);
        try
        {
            await RunAsync(repository, $"http://127.0.0.1:{port}", test);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    private async Task RunAsync(TempFolder repository, string backend, Func<IPage, string, List<string>, TempFolder, Task> test)
    {
        using var served = new TempFolder();
        TempFolder.CopyTree(site.SiteFolder, served.Path);
        foreach (var script in Directory.EnumerateFiles(Path.Combine(Tools, "decap-cms", "dist"), "*decap-cms.js"))
        {
            File.Copy(script, Path.Combine(served.Path, "admin", Path.GetFileName(script)));
        }

        var config = served.Combine("admin/config.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("local_backend: true", $"local_backend:\n  url: {backend}/api/v1\n  allowed_hosts: [127.0.0.1]", StringComparison.Ordinal));
        var headers = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(served.Path, "_headers")));
        // The one change to the real policy: the local backend stands in for api.github.com.
        await using var ours = await StaticSiteServer.StartAsync(served.Path, path => headers.For(path)
            .Select(h => h.Key == "Content-Security-Policy" ? KeyValuePair.Create(h.Key, h.Value.Replace("https://api.github.com", backend, StringComparison.Ordinal)) : h));
        await WaitForAsync(backend);

        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(ours.Url("/admin/"));
        var login = page.GetByRole(AriaRole.Button, new() { Name = "Login" });
        await login.Or(page.Locator("a[href^='#/collections/']").First).First.WaitForAsync(new() { Timeout = 30000 });
        if (await login.IsVisibleAsync())
        {
            await login.ClickAsync();
        }

        await page.Locator("a[href^='#/collections/']").First.WaitForAsync(new() { Timeout = 30000 });
        await test(page, ours.Url("/admin/"), errors, repository);
    }

    /// <summary>Entries per collection, counted from the files (a translation is an entry of its own): one collection per type, resources one per year.</summary>
    private static IReadOnlyList<(string Collection, int Count)> ExpectedEntries(string input)
    {
        int Count(string folder, string pattern) => Directory.EnumerateFiles(Path.Combine(input, folder), pattern).Count();
        var years = Directory.EnumerateDirectories(Path.Combine(input, "awareness-week")).Select(Path.GetFileName).Order().ToList();
        return
        [
            ("brief", Count("briefs", "*.md")),
            ("theory-of-change", Count("theory-of-change", "*.md")),
            ("awareness-week", years.Sum(y => Count($"awareness-week/{y}", "index*.md"))), // index.md and its translations (index.cy.md)
            .. years.Select(y => ($"resource-{y}", Count($"awareness-week/{y}/resources", "*.md"))),
            ("member", Count("members", "*.yml")),
            ("news", Count("news", "*.md")),
            ("page", Count("pages", "*.md")),
        ];
    }

    private Process StartDecapServer(string repository, int port)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(Tools, "decap-server", "dist", "index.js")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["GIT_REPO_DIRECTORY"] = repository, ["MODE"] = "git", ["BIND_HOST"] = "127.0.0.1", ["LOG_LEVEL"] = "warn" },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine("decap-server: " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine("decap-server: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForAsync(string origin)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await http.GetAsync(origin + "/api/v1");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"decap-server did not start at {origin}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Git(string folder, params string[] arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var text = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {git.StandardError.ReadToEnd()}");
        return text;
    }

    /// <summary>Polls until the value appears (the editor saves in the background).</summary>
    private static async Task<T> WaitForAsync<T>(Func<T?> value) where T : class
    {
        for (var i = 0; i < 200; i++)
        {
            if (value() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The editor did not save the entry within 20 s.");
    }
}
