using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Search;

/// <summary>Site search in a real browser: the header box, results, filters with counts, the keyboard, and no JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public class SearchTests(BrowserSite site)
{
    private const string Results = "[data-search-results] > li";

    [Fact]
    public async Task A_query_typed_in_the_header_box_shows_ranked_results_with_marked_excerpts()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page, site.Server.Origin);
        await page.GotoAsync("/briefs/");

        await page.GetByRole(AriaRole.Search).First.GetByLabel("Search").FillAsync("health visiting");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressEndingAsync("/search/?q=health+visiting");

        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("results for “health visiting”");
        Assert.Equal("polite", await page.Locator("[data-search-status]").GetAttributeAsync("aria-live"));
        Assert.Equal("/members/institute-of-health-visiting/", await page.Locator($"{Results} h2 a").First.GetAttributeAsync("href"));
        var marks = await page.Locator($"{Results} mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches("^(?i)(health|visit)", m));
        Assert.Equal(0, await page.Locator("[data-search-nojs]").CountAsync()); // Inside <noscript>: not on the page with JavaScript.
        watch.AssertNone("/search/?q=health+visiting");
    }

    [Fact]
    public async Task Ticking_a_filter_narrows_the_results_to_its_count()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/?q=Wolverhampton");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("results for");
        var before = await page.Locator(Results).CountAsync();
        var member = page.GetByRole(AriaRole.Group, new() { Name = "Type" }).GetByRole(AriaRole.Checkbox, new() { Name = "Member" });
        var label = await page.Locator("label:has(> input[name=type][value=member])").TextContentAsync();
        var expected = int.Parse(System.Text.RegularExpressions.Regex.Match(label!, @"\((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await member.CheckAsync();

        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync($"{expected} result");
        Assert.True(expected < before, $"{expected} members of {before} results.");
        Assert.Equal(expected, await page.Locator(Results).CountAsync());
        Assert.All(await page.Locator($"{Results} .search-meta").AllTextContentsAsync(), meta => Assert.StartsWith("Member", meta, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Arrow_keys_move_from_the_box_through_the_results_and_back()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        var box = page.Locator("#search-query");

        await box.FocusAsync();
        await page.Keyboard.TypeAsync("wolverh");
        // Results follow each keystroke; read the links only once they answer the whole word.
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("for “wolverh”");
        var links = await page.Locator($"{Results} h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(links[0], await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(links[1], await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-query", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressEndingAsync(site.Server.Url(links[0]));
    }

    [Fact]
    public async Task Filters_live_in_the_address_so_reload_and_back_give_the_same_search()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/?q=babies&nation=wales");
        var nations = page.GetByRole(AriaRole.Group, new() { Name = "Nation" });
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("for “babies”");
        Assert.True(await nations.GetByRole(AriaRole.Checkbox, new() { Name = "Wales" }).IsCheckedAsync());
        var wales = await page.Locator(Results).CountAsync();
        Assert.True(wales > 4, $"{wales} results for Wales: UK-wide pages count for Wales too.");

        await nations.GetByRole(AriaRole.Checkbox, new() { Name = "Scotland" }).CheckAsync();
        await page.WaitForAddressEndingAsync("?q=babies&nation=scotland&nation=wales");
        await page.ReloadAsync();
        await Assertions.Expect(nations.GetByRole(AriaRole.Checkbox, new() { Name = "Scotland" })).ToBeCheckedAsync();

        await page.GoBackAsync();
        await page.WaitForAddressEndingAsync("?q=babies&nation=wales");
        await Assertions.Expect(nations.GetByRole(AriaRole.Checkbox, new() { Name = "Scotland" })).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(Results)).ToHaveCountAsync(wales);
    }

    [Fact]
    public async Task On_a_phone_results_come_first_and_the_filters_fold_behind_a_button_that_counts_them()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/?q=babies&type=brief");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("for “babies”");

        var firstResult = await page.Locator(Results).First.BoundingBoxAsync();
        Assert.True(firstResult!.Y < 600, $"The first result is {firstResult.Y} px down.");
        var button = page.Locator("[data-search-panel] > summary");
        await Assertions.Expect(button).ToHaveTextAsync("Filters (1 on)");
        Assert.False(await page.GetByRole(AriaRole.Checkbox, new() { Name = "Policy brief" }).IsVisibleAsync());

        await button.ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Checkbox, new() { Name = "Policy brief" }).IsCheckedAsync());
        Assert.Empty(await page.Locator("[data-search-filters] label:visible").Filter(new() { HasText = "(0)" }).AllTextContentsAsync());
    }

    [Fact]
    public async Task A_typo_asks_did_you_mean_and_a_query_no_page_fully_matches_gives_pages_with_some_words()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/?q=helth+visiting");
        await Assertions.Expect(page.Locator("[data-search-note]")).ToContainTextAsync("Did you mean health visiting?");
        Assert.Equal("/members/institute-of-health-visiting/", await page.Locator($"{Results} h2 a").First.GetAttributeAsync("href"));

        await page.GotoAsync("/search/?q=Cardiff+Blackpool");
        await Assertions.Expect(page.Locator("[data-search-note]")).ToContainTextAsync("results for some of your words");
        await Assertions.Expect(page.Locator(Results).First).ToBeVisibleAsync(); // The note comes before the records are fetched.
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task The_search_page_with_results_does_not_shift_and_passes_axe(int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/?q=helth+visiting&nation=wales");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("results for");

        var shift = await page.EvaluateAsync<double>(LayoutShift);
        Assert.True(shift < 0.01, $"Layout shift {shift:0.000} at {width} px.");
        var violations = await AxeScan.ViolationsAsync(page);
        Assert.True(violations.Count == 0, AxeScan.Describe($"/search/ at {width} px", violations));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotFolder, $"search-results-{width}.png"), FullPage = true });
    }

    /// <summary>The page's cumulative layout shift so far, as Lighthouse counts it (shifts after input left out).</summary>
    internal const string LayoutShift = """
        () => new Promise((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 300);
        })
        """;

    [Fact]
    public async Task Without_javascript_the_search_page_says_so_and_links_to_the_listings()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/?q=babies");

        await Assertions.Expect(page.Locator("[data-search-nojs]")).ToContainTextAsync("needs JavaScript");
        Assert.Equal(["/briefs/", "/news/", "/members/", "/topics/"],
            await page.Locator("[data-search-nojs] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.True(await page.Locator("[data-search-app]").IsHiddenAsync());
    }
}
