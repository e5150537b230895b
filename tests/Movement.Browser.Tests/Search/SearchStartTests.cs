using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Search;

/// <summary>
/// How the search page starts on a query from the address: the client's files are fetched side by side and each
/// once, so the preloaded manifest is the one the client reads (a preload that does not match is fetched twice).
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchStartTests(BrowserSite site)
{
    [Fact]
    public async Task A_query_in_the_address_fetches_the_manifest_and_each_client_module_once()
    {
        await using var context = await site.NewContextAsync();
        var (page, requested) = await OpenAsync(context, "/search/?q=health+visiting");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync("results for");

        var manifest = await page.Locator("[data-search-manifest]").GetAttributeAsync("data-search-manifest");
        Assert.Single(requested, path => path == manifest);
        foreach (var module in new[] { "search-ui", "search-core", "english-stemmer" })
        {
            Assert.Single(requested, path => path.Contains($"/js/{module}.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_search_page_without_a_query_loads_no_client_until_the_visitor_types()
    {
        await using var context = await site.NewContextAsync();
        var (page, requested) = await OpenAsync(context, "/search/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.DoesNotContain(requested, path => path.Contains("/js/search-ui.", StringComparison.Ordinal));
    }

    /// <summary>Opens the page, recording the path of every request it makes.</summary>
    private static async Task<(IPage Page, List<string> Requested)> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(new Uri(request.Url).AbsolutePath);
        await page.GotoAsync(url);
        return (page, requested);
    }
}
