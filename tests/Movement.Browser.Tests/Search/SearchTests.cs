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
        await page.WaitForURLAsync(url => url.EndsWith("/search/?q=health+visiting", StringComparison.Ordinal));

        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("results for “health visiting”");
        Assert.Equal("polite", await page.Locator("[data-search-status]").GetAttributeAsync("aria-live"));
        Assert.Equal("/members/institute-of-health-visiting/", await page.Locator($"{Results} h2 a").First.GetAttributeAsync("href"));
        var marks = await page.Locator($"{Results} mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches("^(?i)(health|visit)", m));
        Assert.True(await page.Locator("[data-search-nojs]").IsHiddenAsync());
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
        await page.WaitForURLAsync(site.Server.Url(links[0]));
    }

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
