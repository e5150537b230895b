using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Layouts;

/// <summary>The demo's home page picture (site.yml's hero_image, an SVG): shown at every width, in its reserved space.</summary>
[Collection(BrowserCollection.Name)]
public class HeroPictureTests(BrowserSite site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_home_page_picture_is_shown_in_its_own_proportions_without_moving_the_page(int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var img = page.Locator(".hero img");
        await Assertions.Expect(img).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await img.ElementHandleAsync());

        Assert.NotEqual("", await img.GetAttributeAsync("alt"));
        // The box the page reserves (from width and height) is the picture's own shape, so nothing is cropped or stretched.
        var ratio = await img.EvaluateAsync<double>("img => (img.getBoundingClientRect().width / img.getBoundingClientRect().height) / (img.naturalWidth / img.naturalHeight)");
        Assert.InRange(ratio, 0.98, 1.02);
        var shift = await page.EvaluateAsync<double>(Search.SearchTests.LayoutShift);
        Assert.True(shift < 0.01, $"Layout shift {shift:0.000} at {width} px.");
        Assert.Equal(0, await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
    }
}
