using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Movement.Browser.Tests.Serving;
using Movement.Testing;

namespace Movement.Browser.Tests.Embeds;

/// <summary>
/// Every snippet a resource page offers, pasted as it is into a blank partner page on another origin whose
/// Content-Security-Policy allows our pictures and frames and nothing else (no inline style or script), at a
/// phone's and a desktop's width: nothing is refused, nothing scrolls sideways, and no blank band is left.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PartnerPageTests(BrowserSite site)
{
    private const int LargestGap = 24;

    private const int PagesAtOnce = 4;

    [Fact]
    public async Task Every_snippet_fits_a_strict_partner_page_at_320_375_and_1280_px()
    {
        var headers = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(site.SiteFolder, "_headers")));
        await using var ours = await StaticSiteServer.StartAsync(site.SiteFolder, headers.For);
        // The fit script's line is not a snippet on its own: it goes with widgets, on a page whose policy allows it.
        var snippets = Snippets(ours.Origin).Where(s => !s.Name.EndsWith(" fit-code", StringComparison.Ordinal)).ToList();
        Assert.True(snippets.Count >= 10, $"Only {snippets.Count} snippets found.");

        using var partnerFolder = new TempFolder();
        var policy = $"default-src 'none'; img-src {ours.Origin}; frame-src {ours.Origin}";
        await using var partner = await StaticSiteServer.StartAsync(partnerFolder.Path, _ => [new("Content-Security-Policy", policy)]);
        for (var i = 0; i < snippets.Count; i++)
        {
            File.WriteAllText(partnerFolder.Combine($"{i}.html"), $"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A partner</title></head>
                <body><p id="before">Our news</p>{snippets[i].Html}<p id="after">More news</p></body></html>
                """);
        }

        var problems = await EachPageAsync(partner, snippets.Count, (i, width) => $"{snippets[i].Name} at {width} px", _ => Task.FromResult<string?>(null));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task With_our_fit_script_each_widget_frame_takes_its_cards_height_at_320_375_and_1280_px()
    {
        var headers = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(site.SiteFolder, "_headers")));
        await using var ours = await StaticSiteServer.StartAsync(site.SiteFolder, headers.For);
        var all = Snippets(ours.Origin);
        var fit = all.First(s => s.Name.EndsWith(" fit-code", StringComparison.Ordinal)).Html;
        var widgets = all.Where(s => s.Name.EndsWith(" widget-code", StringComparison.Ordinal)).ToList();
        Assert.True(widgets.Count >= 10, $"Only {widgets.Count} widgets found.");

        // Heights far from the card's either way, so the fit is the script's doing; a partner's strict policy that
        // allows our script too.
        using var partnerFolder = new TempFolder();
        var policy = $"default-src 'none'; img-src {ours.Origin}; frame-src {ours.Origin}; script-src {ours.Origin}";
        await using var partner = await StaticSiteServer.StartAsync(partnerFolder.Path, _ => [new("Content-Security-Policy", policy)]);
        for (var i = 0; i < widgets.Count; i++)
        {
            var frame = Regex.Replace(widgets[i].Html, @"height=""\d+""", i % 2 == 0 ? "height=\"120\"" : "height=\"1500\"");
            File.WriteAllText(partnerFolder.Combine($"{i}.html"), $"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A partner</title>{fit}</head>
                <body><p id="before">Our news</p>{frame}<p id="after">More news</p></body></html>
                """);
        }

        var problems = await EachPageAsync(partner, widgets.Count, (i, width) => $"{widgets[i].Name} with the fit script at {width} px", async page =>
        {
            try
            {
                await page.WaitForFunctionAsync("() => !['120', '1500'].includes(document.querySelector('iframe').getAttribute('height'))", null, new PageWaitForFunctionOptions { Timeout = 5000 });
            }
            catch (TimeoutException)
            {
                return "the frame kept the height it was given";
            }

            await page.WaitForTimeoutAsync(200); // a picture loading late posts once more
            return null;
        });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// A partner's fit script may come after the frames have posted their heights (deferred behind slow scripts,
    /// in a footer, added by a plugin): it asks them again, so the frames still fit.
    /// </summary>
    [Fact]
    public async Task A_fit_script_that_comes_after_the_frames_have_spoken_still_fits_them()
    {
        var headers = NetlifyHeaders.Parse(File.ReadAllText(Path.Combine(site.SiteFolder, "_headers")));
        await using var ours = await StaticSiteServer.StartAsync(site.SiteFolder, headers.For);
        var all = Snippets(ours.Origin);
        var fitUrl = Regex.Match(all.First(s => s.Name.EndsWith(" fit-code", StringComparison.Ordinal)).Html, @"src=""([^""]+)""").Groups[1].Value;
        var widgets = all.Where(s => s.Name.EndsWith(" widget-code", StringComparison.Ordinal)).Take(4).ToList();

        using var partnerFolder = new TempFolder();
        var policy = $"default-src 'none'; img-src {ours.Origin}; frame-src {ours.Origin}; script-src {ours.Origin}";
        await using var partner = await StaticSiteServer.StartAsync(partnerFolder.Path, _ => [new("Content-Security-Policy", policy)]);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var problems = new List<string>();
        for (var i = 0; i < widgets.Count; i++)
        {
            var given = i % 2 == 0 ? "120" : "1500";
            var snippet = Regex.Replace(widgets[i].Html, @"height=""\d+""", $"height=\"{given}\"");
            File.WriteAllText(partnerFolder.Combine($"{i}.html"), $"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A partner</title></head>
                <body><p id="before">Our news</p>{snippet}<p id="after">More news</p></body></html>
                """);
            var page = await context.NewPageAsync();
            await page.GotoAsync(partner.Url($"/{i}.html"));
            var frame = await (await page.QuerySelectorAsync("iframe"))!.ContentFrameAsync();
            await frame!.WaitForLoadStateAsync(LoadState.Load); // its script has run and posted, to nobody
            await page.WaitForTimeoutAsync(100);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = fitUrl });
            try
            {
                await page.WaitForFunctionAsync($"() => document.querySelector('iframe').getAttribute('height') !== '{given}'", null, new PageWaitForFunctionOptions { Timeout = 5000 });
            }
            catch (TimeoutException)
            {
                problems.Add($"{widgets[i].Name}: the frame kept the height it was given");
            }

            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Opens each partner page at a phone's and a desktop's width, lets <paramref name="settle"/> wait for it (or
    /// name a problem), then lists what the Content-Security-Policy refused and the problems of <see cref="ProblemsAsync"/>.
    /// Pages load a few at a time: most of each one's time is the wait for the network to go quiet.
    /// </summary>
    private async Task<List<string>> EachPageAsync(StaticSiteServer partner, int count, Func<int, int, string> name, Func<IPage, Task<string?>> settle)
    {
        var problems = new List<string>();
        foreach (var width in new[] { 320, 375, 1280 })
        {
            await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
            var found = new List<string>[count];
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = PagesAtOnce }, async (i, _) =>
                found[i] = await PageProblemsAsync(context, partner.Url($"/{i}.html"), name(i, width), settle));
            problems.AddRange(found.SelectMany(f => f));
        }

        return problems;
    }

    private static async Task<List<string>> PageProblemsAsync(IBrowserContext context, string url, string at, Func<IPage, Task<string?>> settle)
    {
        var problems = new List<string>();
        var page = await context.NewPageAsync();
        var refused = new ConcurrentQueue<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal) || m.Text.Contains("Content-Security-Policy", StringComparison.Ordinal))
            {
                refused.Enqueue(m.Text);
            }
        };
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (await settle(page) is { } unsettled)
        {
            problems.Add($"{at}: {unsettled}");
        }

        problems.AddRange(refused.Select(r => $"{at}: {r}"));
        problems.AddRange((await ProblemsAsync(page)).Select(p => $"{at}: {p}"));
        await page.CloseAsync();
        return problems;
    }

    /// <summary>Sideways scrolling, a picture not loaded or out of proportion, and blank bands in or around the snippet.</summary>
    private static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page)
    {
        var problems = new List<string>();
        if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"))
        {
            problems.Add($"the page scrolls sideways to {await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px");
        }

        // Between the paragraphs: the snippet's height, and the paragraphs' own margins (16 px each) at most.
        var band = await page.EvaluateAsync<double>("""
            () => {
              const before = document.getElementById('before').getBoundingClientRect().bottom;
              const after = document.getElementById('after').getBoundingClientRect().top;
              const boxes = [...document.querySelectorAll('body > :not(p), body > :not(p) *')].map(e => e.getBoundingClientRect()).filter(r => r.height > 0);
              const top = Math.min(...boxes.map(r => r.top)), bottom = Math.max(...boxes.map(r => r.bottom));
              return Math.max(top - before, after - bottom);
            }
            """);
        if (band > 16 + LargestGap)
        {
            problems.Add($"a blank band of {band:0} px around the snippet");
        }

        foreach (var image in await page.Locator("img").AllAsync())
        {
            var (loaded, ratioOff) = (await image.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"),
                await image.EvaluateAsync<double>("i => Math.abs(i.width / i.height - i.naturalWidth / i.naturalHeight)"));
            if (!loaded)
            {
                problems.Add("the picture did not load");
            }
            else if (ratioOff > 0.02)
            {
                problems.Add("the picture is out of proportion");
            }
        }

        foreach (var handle in await page.QuerySelectorAllAsync("iframe"))
        {
            var frame = await handle.ContentFrameAsync();
            if (frame is null)
            {
                problems.Add("the frame did not load");
                continue;
            }

            // What a reader sees in the frame is its pictures and text, not the boxes that hold them (the card fills the frame).
            var measured = await frame.EvaluateAsync<double[]>("""
                () => {
                  const boxes = [...document.querySelectorAll('img, h1, h2, p')].map(e => e.getBoundingClientRect()).filter(r => r.height > 0).sort((a, b) => a.top - b.top);
                  let reached = 0, gap = 0;
                  for (const box of boxes) { gap = Math.max(gap, box.top - reached); reached = Math.max(reached, box.bottom); }
                  return [window.innerHeight, Math.max(gap, window.innerHeight - reached), reached];
                }
                """);
            var (frameHeight, gap, bottom) = (measured[0], measured[1], measured[2]);
            if (bottom > frameHeight + 1)
            {
                problems.Add($"the frame cuts its content: {bottom:0} px in a {frameHeight:0} px frame");
            }
            else if (gap > LargestGap)
            {
                problems.Add($"a blank band of {gap:0} px in the frame");
            }

            if (await frame.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"))
            {
                problems.Add("the frame scrolls sideways");
            }
        }

        return problems;
    }

    /// <summary>Every snippet on every resource page, as a partner copies it, with our address put for the demo's.</summary>
    private List<(string Name, string Html)> Snippets(string origin)
    {
        var baseUrl = Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot.DemoInput, "site.yml")), @"^base_url:\s*(\S+)", RegexOptions.Multiline).Groups[1].Value.TrimEnd('/');
        var parser = new HtmlParser();
        return
        [
            .. Directory.EnumerateFiles(Path.Combine(site.SiteFolder, "awareness-week"), "index.html", SearchOption.AllDirectories)
                .Where(p => p.Replace('\\', '/').Contains("/resources/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .SelectMany(p => parser.ParseDocument(File.ReadAllText(p)).QuerySelectorAll("pre.snippet code")
                    .Select(code => ($"{Path.GetRelativePath(site.SiteFolder, Path.GetDirectoryName(p)!)} {code.Id}", code.TextContent.Replace(baseUrl, origin, StringComparison.Ordinal)))),
        ];
    }
}
