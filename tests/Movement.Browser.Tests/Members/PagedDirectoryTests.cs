using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;
using Movement.Browser.Tests.Serving;
using Movement.Testing;

namespace Movement.Browser.Tests.Members;

/// <summary>
/// A directory too big for one page (130 members, pages of 100): the name box finds members on every
/// page of the filter, not only the one open, and puts the pages back when it is emptied.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagedDirectoryTests(BrowserSite site) : IAsyncLifetime
{
    private const int Members = 130;
    private readonly TempFolder _folder = new();
    private StaticSiteServer _server = default!;

    [Fact]
    public async Task The_name_box_finds_a_member_on_another_page()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.Origin });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/members/");
        Assert.Equal(0, await page.Locator(".members > li", new() { HasText = "Zebra Crossing Trust" }).CountAsync()); // It is on page 2.

        await page.GetByLabel("Find a member by name or place").FillAsync("Cardiff");

        await Assertions.Expect(page.Locator("#members-count")).ToHaveTextAsync($"1 of {Members + 1} members match “Cardiff”.");
        Assert.Equal(["Zebra Crossing Trust"], await page.Locator(".members > li:visible > a").AllInnerTextsAsync());
        Assert.True(await page.Locator(".pagination").IsHiddenAsync(), "The pages' links do not apply to the matches.");

        await page.GetByLabel("Find a member by name or place").FillAsync("");
        await Assertions.Expect(page.Locator(".pagination")).ToBeVisibleAsync();
        Assert.Equal(100, await page.Locator(".members > li:visible").CountAsync());
    }

    /// <summary>Builds the site in memory, writes it to a folder and serves it.</summary>
    public async Task InitializeAsync()
    {
        var csv = new StringBuilder("name,type,nations,region,website,logo,description,joined\n");
        for (var i = 1; i <= Members; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Member {i:000},charity,england,Leeds,,,A charity.,2021-01-01\n");
        }

        csv.Append("Zebra Crossing Trust,charity,wales,Cardiff,,,A charity.,2021-01-01\n");
        var built = await TestSite.BuildAsync(new Dictionary<string, byte[]> { ["members.csv"] = Encoding.UTF8.GetBytes(csv.ToString()) });
        built.AssertSucceeded();
        foreach (var file in built.Files.Values)
        {
            var path = _folder.Combine(file.Path.Split('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content.ToArray());
        }

        _server = await StaticSiteServer.StartAsync(_folder.Path);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Dispose();
    }
}
