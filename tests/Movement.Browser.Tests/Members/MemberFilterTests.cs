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

        await page.Locator($"{Filters} a[data-nation='wales']").ClickAsync();
        await page.WaitForAddressEndingAsync(site.Server.Url("/members/nation/wales/"));

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

        await page.Locator($"{Filters} a[data-nation='wales']").ClickAsync();
        await page.WaitForAddressEndingAsync(site.Server.Url("/members/nation/wales/"));

        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "Clicking the filter loaded a new page.");
        Assert.Equal(prebuilt, await ReadAsync(page));
        Assert.Equal("page", await page.Locator($"{Filters} a[data-nation='wales']").GetAttributeAsync("aria-current"));
        Assert.Equal(2, await page.Locator($"{Filters} [aria-current]").CountAsync()); // Wales, and all types.
        Assert.Equal("polite", await page.Locator("#members-count").GetAttributeAsync("aria-live"));

        await page.GoBackAsync();
        await page.WaitForAddressEndingAsync(site.Server.Url("/members/"));
        Assert.Equal(all, await ReadAsync(page));

        await page.GoForwardAsync();
        await page.WaitForAddressEndingAsync(site.Server.Url("/members/nation/wales/"));
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

        await page.Locator($"{Filters} a[data-type='charity']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressEndingAsync(site.Server.Url("/members/type/charity/"));

        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "Enter loaded a new page.");
        Assert.Equal(prebuilt, await ReadAsync(page));
        Assert.Equal("page", await page.Locator($"{Filters} a[data-type='charity']").GetAttributeAsync("aria-current"));
    }

    [Fact]
    public async Task Without_javascript_a_type_link_on_a_nation_page_keeps_the_nation()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/members/nation/england/");
        var expected = (await ReadAsync(page)).Members.Where(m => m.Meta.StartsWith("Community service", StringComparison.Ordinal)).ToList();

        await page.Locator($"{Filters} a[data-type='community-service']").ClickAsync();
        await page.WaitForAddressEndingAsync(site.Server.Url("/members/nation/england/type/community-service/"));

        var both = await ReadAsync(page);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, both.Members);
        Assert.Equal("Members in England: Community service", both.Heading);
        Assert.True(await page.Locator("[data-member-find]").IsHiddenAsync(), "The name box needs JavaScript, so it is hidden without it.");
    }

    [Fact]
    public async Task With_javascript_nation_and_type_combine_in_place_as_their_prebuilt_page_does()
    {
        var prebuilt = await ReadPrebuiltAsync("/members/nation/england/type/community-service/");
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/members/");
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await page.Locator($"{Filters} a[data-nation='england']").ClickAsync();
        await page.WaitForAddressEndingAsync(site.Server.Url("/members/nation/england/"));
        await page.Locator($"{Filters} a[data-type='community-service']").ClickAsync();
        await page.WaitForAddressEndingAsync(site.Server.Url("/members/nation/england/type/community-service/"));

        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "Filtering loaded a new page.");
        Assert.Equal(prebuilt, await ReadAsync(page));
        Assert.Equal(2, await page.Locator($"{Filters} [aria-current]").CountAsync());
        Assert.Equal(
            await PrebuiltLinksAsync("/members/nation/england/type/community-service/"),
            await page.Locator($"{Filters} li:visible a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + ' ' + a.textContent)"));
    }

    [Fact]
    public async Task With_javascript_the_name_box_finds_members_by_place_and_clearing_it_restores_the_list()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/members/");
        var all = await ReadAsync(page);
        var expected = all.Members.Where(m => (m.Name + m.Meta).Contains("Belfast", StringComparison.OrdinalIgnoreCase)).ToList();

        await page.GetByLabel("Find a member by name or place").FillAsync("belfast");
        await Assertions.Expect(page.Locator("#members-count")).ToContainTextAsync("match “belfast”");

        var found = await ReadAsync(page);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Members);
        Assert.Equal($"{expected.Count} of {all.Members.Count} members match “belfast”.", found.Count);

        await page.GetByLabel("Find a member by name or place").FillAsync("");
        await Assertions.Expect(page.Locator("#members-count")).Not.ToContainTextAsync("match");
        Assert.Equal(all, await ReadAsync(page));
    }

    /// <summary>The filter links a pre-built page shows: address and label.</summary>
    private async Task<string[]> PrebuiltLinksAsync(string url)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return await page.Locator($"{Filters} li:visible a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + ' ' + a.textContent)");
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
