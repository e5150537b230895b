using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Layouts;

/// <summary>
/// Browsers fetch a site's icon on their own, only sometimes, so the page checks leave that request out;
/// this checks it once, the way a browser picks it: the page's icon link, or /favicon.ico without one.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SiteIconTests(BrowserSite site)
{
    [Fact]
    public async Task The_icon_a_browser_asks_for_exists()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var declared = page.Locator("head link[rel~='icon']");
        var icon = await declared.CountAsync() > 0 ? await declared.First.GetAttributeAsync("href") : "/favicon.ico";

        var response = await context.APIRequest.GetAsync(new Uri(new Uri(page.Url), icon).ToString());

        Assert.True(response.Ok, $"The browser's icon request {icon} gets status {response.Status}: add an icon and a <link rel=\"icon\"> in the head.");
    }
}
