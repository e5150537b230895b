using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Movement.Browser.Tests.Serving;
using Movement.Testing;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Movement.Browser.Tests.Headless;

/// <summary>
/// The real Sveltia CMS (tests/browser-tools pins the version the deploy copies) runs on the built /admin/, under
/// the site's own headers, on the demo content as a local repository (<see cref="OriginPrivateRepository"/>): it
/// starts without a configuration error and lists every entry of every collection, and a Welsh translation made in
/// it is saved beside its English file and builds as that page's pair.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SveltiaCmsTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly string Script = Path.Combine(RepositoryRoot.Find(), "tests", "browser-tools", "node_modules", "@sveltia", "cms", "dist", "sveltia-cms.js");

    private const string English = "input/briefs/five-calls.md";

    private const string Welsh = "input/briefs/five-calls.cy.md";

    [Fact]
    public async Task The_cms_opens_the_repository_and_lists_the_entries_of_every_collection()
    {
        var files = DemoTextFiles();
        await WithCmsAsync(files, async (page, cms, errors) =>
        {
            foreach (var (collection, label, count) in ExpectedEntries(files))
            {
                await page.GotoAsync(cms + $"#/collections/{collection}");
                // Its status line, read out to screen readers: "You're now viewing the "Policy brief" collection, which has 10 entries."
                var entries = count switch { 0 => "no entries", 1 => "one entry", _ => $"{count} entries" };
                var status = page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex($@"{Regex.Escape(label)}\W*collection, which has {entries}\b") });
                await Assertions.Expect(status).ToHaveCountAsync(1, new() { Timeout = 20000 });
                output.WriteLine($"{collection}: {count} entries");
            }

            Assert.DoesNotContain(errors, e => e.Contains("config", StringComparison.OrdinalIgnoreCase));
            AssertBlockedOnlyThirdParties(errors);
        });
    }

    /// <summary>
    /// Issue 19's round trip: the English five calls brief, its Welsh translation removed, is opened in the editor;
    /// the Welsh is written there (the words of the demo's own translation) and saved; the files come back and the
    /// site builds with the two pages linked as a pair.
    /// </summary>
    [Fact]
    public async Task A_welsh_translation_made_in_the_editor_builds_as_the_pair_of_its_english_page()
    {
        var words = WelshWords(File.ReadAllText(Path.Combine(RepositoryRoot.DemoInput, "briefs", "five-calls.cy.md")));
        var files = DemoTextFiles();
        files.Remove(Welsh);
        Dictionary<string, string> saved = [];
        await WithCmsAsync(files, async (page, cms, errors) =>
        {
            await page.GotoAsync(cms + "#/collections/brief/entries/five-calls");
            await page.GetByRole(AriaRole.Radio, new() { Name = "Welsh (disabled)" }).First.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Enable\W*Welsh\W*$") }).ClickAsync();
            var editor = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"^Edit\W*Welsh\W*Content$") });
            await editor.GetByRole(AriaRole.Textbox, new() { Name = "Title", Exact = true }).FillAsync(words.Title);
            await editor.GetByRole(AriaRole.Textbox, new() { Name = "Summary (shown first)", Exact = true }).FillAsync(words.Summary);
            await editor.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Address segment") }).FillAsync(words.Slug);

            // The editor draws a field as it scrolls into view: scroll to the end once, then fill each ask and the download.
            await editor.HoverAsync();
            for (var i = 0; i < 30; i++)
            {
                await page.Mouse.WheelAsync(0, 300);
            }

            var items = editor.Locator("[id*='-item-'][id$='-body']");
            var asks = 0;
            for (var i = 0; i < await items.CountAsync(); i++)
            {
                var item = items.Nth(i);
                await item.ScrollIntoViewIfNeededAsync();
                var ask = item.GetByRole(AriaRole.Textbox, new() { Name = "Ask", Exact = true });
                if (await ask.CountAsync() == 1)
                {
                    await ask.FillAsync(words.Asks[asks].Title);
                    await item.GetByRole(AriaRole.Textbox, new() { Name = "Detail", Exact = true }).FillAsync(words.Asks[asks++].Detail);
                }
                else
                {
                    await item.GetByRole(AriaRole.Textbox, new() { Name = "Link text", Exact = true }).FillAsync(words.Download);
                }
            }

            Assert.Equal(words.Asks.Count, asks);

            // A field drawn again as the list scrolls can come back empty: fill any ask left empty once more.
            for (var pass = 0; pass < 3; pass++)
            {
                var refilled = 0;
                for (int i = 0, number = 0; i < await items.CountAsync(); i++)
                {
                    var ask = items.Nth(i).GetByRole(AriaRole.Textbox, new() { Name = "Ask", Exact = true });
                    if (await ask.CountAsync() != 1)
                    {
                        continue;
                    }

                    await ask.ScrollIntoViewIfNeededAsync();
                    var detail = items.Nth(i).GetByRole(AriaRole.Textbox, new() { Name = "Detail", Exact = true });
                    if (await ask.InputValueAsync() != words.Asks[number].Title)
                    {
                        await ask.FillAsync(words.Asks[number].Title);
                        refilled++;
                    }

                    if (await detail.InputValueAsync() != words.Asks[number].Detail)
                    {
                        await detail.FillAsync(words.Asks[number].Detail);
                        refilled++;
                    }

                    number++;
                }

                if (refilled == 0)
                {
                    break;
                }

                output.WriteLine($"Filled {refilled} ask fields again (pass {pass + 1}).");
            }
            var body = editor.GetByRole(AriaRole.Textbox, new() { Name = "Text", Exact = true });
            await body.ScrollIntoViewIfNeededAsync();
            await body.FillAsync(words.Body);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

            saved = await WaitForAsync(async () => await OriginPrivateRepository.ReadAsync(page) is var read && read.ContainsKey(Welsh) ? read : null);
            AssertBlockedOnlyThirdParties(errors);
        });

        // The pair is written, and nothing else: the editor writes the English file again in its own YAML style.
        Assert.Equal([Welsh, English], saved.Where(f => !files.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal));
        output.WriteLine(saved[English]);
        output.WriteLine(saved[Welsh]);
        Assert.Equal(Body(files[English]), Body(saved[English]));

        var input = DemoSite.Input();
        foreach (var file in new[] { English, Welsh })
        {
            input[file["input/".Length..]] = System.Text.Encoding.UTF8.GetBytes(saved[file]);
        }

        var built = await TestSite.BuildAsync(input);
        Assert.Empty(built.Errors); // What 'movement check' reports: no error in the pair (facts, language, source).
        var english = built.Html("briefs/five-calls/index.html");
        var welsh = built.Html($"cy/briefs/{words.Slug}/index.html");
        Assert.Equal(words.Title, welsh.QuerySelector("h1")!.TextContent.Trim());
        Assert.EndsWith($"/cy/briefs/{words.Slug}/", english.QuerySelector("link[rel=alternate][hreflang=cy]")!.GetAttribute("href"));
        Assert.EndsWith("/briefs/five-calls/", welsh.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href"));
    }

    /// <summary>Serves /admin/ with the site's headers, opens the files as a local repository in the CMS, and runs the test.</summary>
    private async Task WithCmsAsync(IReadOnlyDictionary<string, string> files, Func<IPage, string, List<string>, Task> test)
    {
        Assert.True(File.Exists(Script), "Run 'npm ci' in tests/browser-tools (tests/run.sh does).");
        using var served = new TempFolder();
        TempFolder.CopyTree(Path.Combine(site.SiteFolder, "admin"), served.Combine("admin"));
        InstallCms(served.Path);
        File.Copy(Path.Combine(site.SiteFolder, "404.html"), served.Combine("404.html"));
        var headers = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(site.SiteFolder, "_headers")));
        await using var ours = await StaticSiteServer.StartAsync(served.Path, headers.For);

        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddInitScriptAsync(OriginPrivateRepository.PickerScript);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        // Warnings too: Sveltia warns of a config option it does not know or will drop, and ignores it.
        page.Console += (_, m) => { if (m.Type is "error" or "warning") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        // The private file system belongs to the origin: fill it from any address of the site (here the 404 page) before the editor starts.
        await page.GotoAsync(ours.Url("/"));
        await OriginPrivateRepository.WriteAsync(page, files);
        await page.GotoAsync(ours.Url("/admin/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Work with Local Repository" }).ClickAsync(new() { Timeout = 30000 });
        await page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("entr(y|ies)") }).WaitForAsync(new() { Timeout = 30000 });
        try
        {
            await test(page, ours.Url("/admin/"), errors);
        }
        finally
        {
            errors.ForEach(e => output.WriteLine("console: " + e));
        }
    }

    /// <summary>
    /// The /admin/ policy refuses what the editor asks of others (its update check, GitHub's status page), and
    /// nothing it needs: it works with no third-party request. Its fonts come from the site (.ci/install-cms.sh).
    /// </summary>
    private static void AssertBlockedOnlyThirdParties(List<string> errors)
    {
        string[] refused = ["https://unpkg.com/", "https://www.githubstatus.com/"];
        Assert.All(errors.Where(e => e.Contains("Content Security Policy", StringComparison.Ordinal)),
            e => Assert.True(refused.Any(host => e.Contains($"'{host}", StringComparison.Ordinal) || e.Contains($"load {host}", StringComparison.Ordinal)), e));
    }

    /// <summary>The demo's text files by repository path (input/…), as a clone of the site's repository holds them.</summary>
    private static Dictionary<string, string> DemoTextFiles() => DemoSite.Input()
        .Where(f => Path.GetExtension(f.Key) is ".md" or ".yml" or ".csv")
        .ToDictionary(f => "input/" + f.Key, f => System.Text.Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);

    /// <summary>
    /// Entries per collection of the generated config, counted from the files: the files its folder and path
    /// name, where a translation (x.cy.md) is not an entry of its own but a language of its English file's.
    /// </summary>
    private IEnumerable<(string Collection, string Label, int Count)> ExpectedEntries(IReadOnlyDictionary<string, string> files)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(site.SiteFolder, "admin", "config.yml"))));
        foreach (var collection in ((YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["collections"]).Cast<YamlMappingNode>())
        {
            string Value(string key) => ((YamlScalarNode)collection[key]).Value!;
            var pattern = new Regex("^" + Regex.Replace(Regex.Escape($"{Value("folder")}/{Value("path")}.{Value("extension")}"), @"\\\{\\\{[^}]+}}", "[^/]+") + "$");
            var translated = collection.Children.ContainsKey("i18n");
            yield return (Value("name"), Value("label"), files.Keys.Count(f => pattern.IsMatch(f) && !(translated && f.EndsWith(".cy." + Value("extension"), StringComparison.Ordinal))));
        }
    }

    private sealed record WelshText(string Title, string Summary, string Slug, IReadOnlyList<(string Title, string Detail)> Asks, string Download, string Body);

    /// <summary>The words of the demo's Welsh five calls brief: its front matter's text and its body's first paragraph.</summary>
    private static WelshText WelshWords(string file)
    {
        var parts = file.Split("---\n", 3);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(parts[1]));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;
        var asks = ((YamlSequenceNode)root["asks"]).Select(a => (Text(a, "title"), Text(a, "detail"))).ToList();
        var paragraph = parts[2].Trim().Split("\n\n")[0].ReplaceLineEndings(" ");
        return new(Text(root, "title"), Text(root, "summary"), Text(root, "slug"), asks, Text(((YamlSequenceNode)root["downloads"])[0], "label"), paragraph);
    }

    private static string Body(string file) => file.Split("---\n", 3)[2];

    /// <summary>Polls until the value appears (the editor saves in the background).</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> value) where T : class
    {
        for (var i = 0; i < 100; i++)
        {
            if (await value() is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The editor did not save the entry within 20 s.");
    }

    /// <summary>The editor's script and fonts, put in place by the script the deploy runs, from the installed packages.</summary>
    private static void InstallCms(string site)
    {
        var root = RepositoryRoot.Find();
        using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root, ".ci", "install-cms.sh"), site, Path.Combine(root, "tests", "browser-tools", "node_modules")])
        {
            RedirectStandardError = true,
        })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $".ci/install-cms.sh failed: {errors}");
    }
}
