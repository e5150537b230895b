using System.Collections.Concurrent;
using Microsoft.Playwright;
using Movement.Browser.Tests.Serving;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Site.Images;
using Movement.Testing;
using Movement.Theme.Rendering;

namespace Movement.Browser.Tests.Fixtures;

/// <summary>
/// What every browser test shares, made once per run: the demo site in input/ built into a temp
/// folder (with the fixed date of every test build), our static server in front of it, and one
/// Chromium. Tests open their own contexts, so they stay independent.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly ConcurrentDictionary<string, Lazy<Task>> _once = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;

    public StaticSiteServer Server { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The built site on disk.</summary>
    public string SiteFolder => _folder.Combine("site");

    /// <summary>Where tests write screenshots: TestResults/screenshots at the repository root.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot.Find(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        await BuildDemoAsync();
        Server = await StaticSiteServer.StartAsync(SiteFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser context whose relative URLs go to the served site.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL ??= Server.Origin;
        return Browser.NewContextAsync(options);
    }

    /// <summary>
    /// Work several tests share, done once per run: the first test to ask starts it, the others await
    /// the same result. This lets a theory load all its pages in parallel and still report one case each.
    /// </summary>
    public Task<T> OnceAsync<T>(string key, Func<Task<T>> work) =>
        (Task<T>)_once.GetOrAdd(key, _ => new Lazy<Task>(work)).Value;

    private async Task BuildDemoAsync()
    {
        using var theme = new RazorThemeRenderer();
        // With the pictures a deploy draws (cards, resized copies), so every picture a page names is there to load.
        var options = new BuildOptions(new PhysicalFileSystem(RepositoryRoot.DemoInput), new DirectoryOutput(SiteFolder), new FixedClock(TestSite.DefaultNow), theme) { Pictures = new MemoryPictureStore() };
        var report = await SiteBuilder.BuildAsync(options);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("The demo site did not build:\n" + string.Join("\n", report.Diagnostics));
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        _folder.Dispose();
    }
}
