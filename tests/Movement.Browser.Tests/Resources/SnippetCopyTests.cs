using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Resources;

/// <summary>The copy buttons of the partner snippets on resource pages.</summary>
[Collection(BrowserCollection.Name)]
public class SnippetCopyTests(BrowserSite site)
{
    private const string Page = "/awareness-week/2025/resources/badge/";

    [Theory]
    [InlineData("badge-code")]
    [InlineData("widget-code")]
    public async Task A_copy_button_puts_the_exact_snippet_on_the_clipboard_and_says_so(string snippet)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page, site.Server.Origin);
        await page.GotoAsync(Page);
        var text = await page.Locator($"#{snippet}").TextContentAsync();

        await page.Locator($"button[data-copy='{snippet}']").ClickAsync();

        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("Copied");
        Assert.Equal(text, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.StartsWith(snippet == "badge-code" ? "<a href=" : "<iframe ", text);
        watch.AssertNone(Page);
    }

    [Fact]
    public async Task Without_javascript_there_are_no_buttons_and_the_snippets_are_selectable_text()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page);

        Assert.Equal(0, await page.Locator("button[data-copy]:visible").CountAsync());
        foreach (var snippet in new[] { "#badge-code", "#widget-code" })
        {
            Assert.True(await page.Locator(snippet).IsVisibleAsync(), $"{snippet} is not visible.");
            await page.Locator(snippet).SelectTextAsync();
            Assert.Equal(await page.Locator(snippet).TextContentAsync(), await page.EvaluateAsync<string>("() => getSelection().toString()"));
        }
    }
}
