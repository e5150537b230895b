using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Members;

/// <summary>
/// The member directory's filters: pre-built pages without JavaScript, the same result in place with it.
/// What a filter should show is read from the pre-built filter page, the no-JavaScript truth.
/// </summary>
[Collection(BrowserCollection.Name)]
public class MemberFilterTests(BrowserSite site)
{
    private const string Filters = "nav[data-member-filters]";

    [Fact]
    public async Task Without_javascript_a_nation_filter_opens_its_page_with_exactly_that_nations_members()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/members/");
        var expected = (await ReadAsync(page)).Members.Where(m => m.Nations.Contains("Wales")).Select(m => m.Name).ToList();

        await page.Locator($"{Filters} a[href='/members/nation/wales/']").ClickAsync();
        await page.WaitForURLAsync(site.Server.Url("/members/nation/wales/"));

        var wales = await ReadAsync(page);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, wales.Members.Select(m => m.Name));
        Assert.Equal("Members in Wales", wales.Heading);
    }

    [Fact]
    public async Task With_javascript_a_filter_shows_the_same_members_in_place_and_back_restores_them_all()
    {
        var prebuilt = await ReadPrebuiltAsync("/members/nation/wales/");
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page, site.Server.Origin);
        await page.GotoAsync("/members/");
        var all = await ReadAsync(page);
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await page.Locator($"{Filters} a[href='/members/nation/wales/']").ClickAsync();
        await page.WaitForURLAsync(site.Server.Url("/members/nation/wales/"));

        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "Clicking the filter loaded a new page.");
        Assert.Equal(prebuilt, await ReadAsync(page));
        Assert.Equal("page", await page.Locator($"{Filters} a[href='/members/nation/wales/']").GetAttributeAsync("aria-current"));
        Assert.Equal(1, await page.Locator($"{Filters} [aria-current]").CountAsync());
        Assert.Equal("polite", await page.Locator("#members-count").GetAttributeAsync("aria-live"));

        await page.GoBackAsync();
        await page.WaitForURLAsync(site.Server.Url("/members/"));
        Assert.Equal(all, await ReadAsync(page));

        await page.GoForwardAsync();
        await page.WaitForURLAsync(site.Server.Url("/members/nation/wales/"));
        Assert.Equal(prebuilt, await ReadAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "Back or Forward loaded a new page.");
        watch.AssertNone("/members/");
    }

    [Fact]
    public async Task Keyboard_users_filter_in_place_with_enter()
    {
        var prebuilt = await ReadPrebuiltAsync("/members/type/charity/");
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/members/");
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await page.Locator($"{Filters} a[href='/members/type/charity/']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(site.Server.Url("/members/type/charity/"));

        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "Enter loaded a new page.");
        Assert.Equal(prebuilt, await ReadAsync(page));
        Assert.Equal("page", await page.Locator($"{Filters} a[href='/members/type/charity/']").GetAttributeAsync("aria-current"));
    }

    /// <summary>What a filter page shows without JavaScript.</summary>
    private async Task<DirectoryView> ReadPrebuiltAsync(string url)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return await ReadAsync(page);
    }

    /// <summary>What a visitor sees of the directory: title, heading, count sentence and visible members.</summary>
    private static async Task<DirectoryView> ReadAsync(IPage page)
    {
        var names = await page.Locator(".members > li:visible > a").AllInnerTextsAsync();
        var metas = await page.Locator(".members > li:visible > .meta").AllInnerTextsAsync();
        var members = names.Zip(metas, (name, meta) => new ListedMember(name, meta)).ToList();
        return new DirectoryView(await page.TitleAsync(), await page.Locator("h1").InnerTextAsync(), await page.Locator("#members-count").InnerTextAsync(), members);
    }
}
