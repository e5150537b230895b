using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Layouts;

/// <summary>The demo's home page picture (site.yml's hero_image): the copy that fits, in its reserved space, at every width.</summary>
[Collection(BrowserCollection.Name)]
public class HeroPictureTests(BrowserSite site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_home_page_picture_loads_a_copy_that_fits_without_moving_the_page(int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var img = page.Locator(".hero picture img");
        await Assertions.Expect(img).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await img.ElementHandleAsync());

        // At one pixel per CSS pixel the picture is at most 24rem (384 px) wide, or the phone's width less margins.
        var loaded = await img.EvaluateAsync<string>("img => img.currentSrc");
        Assert.EndsWith("-480.webp", loaded);
        var shift = await page.EvaluateAsync<double>(Search.SearchTests.LayoutShift);
        Assert.True(shift < 0.01, $"Layout shift {shift:0.000} at {width} px.");
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.Equal(0, overflow);
    }
}
