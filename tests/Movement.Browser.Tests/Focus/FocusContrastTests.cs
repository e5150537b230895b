using Microsoft.Playwright;
using Movement.Browser.Tests.Fixtures;

namespace Movement.Browser.Tests.Focus;

/// <summary>
/// Focus that can be seen (WCAG 2.4.7, and 1.4.11 for the indicator): a focused control's indicator, its
/// outline, its focused background or its focus bar, differs from what surrounds it by at least 3:1, and
/// its text stays readable at 4.5:1. axe does not test focus states, so this measures them in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public class FocusContrastTests(BrowserSite site)
{
    // Reads the colours Chromium computes for the focused element and works out WCAG contrast ratios.
    private const string Measure = """
        element => {
          const rgba = (text) => { const m = text.match(/[\d.]+/g) || []; return m.length < 3 ? null : { r: +m[0], g: +m[1], b: +m[2], a: m.length > 3 ? +m[3] : 1 }; };
          const solid = (text) => { const c = rgba(text); return c && c.a > 0.5 ? c : null; };
          const luminance = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
          const ratio = (x, y) => { const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p); return (a + 0.05) / (b + 0.05); };
          const backgroundOf = (node) => { for (; node; node = node.parentElement) { const c = solid(getComputedStyle(node).backgroundColor); if (c) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
          const style = getComputedStyle(element);
          const around = backgroundOf(element.parentElement);
          const own = solid(style.backgroundColor) || around;
          const indicators = [];
          if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) indicators.push(rgba(style.outlineColor));
          if (solid(style.backgroundColor)) indicators.push(own);
          for (const shadow of style.boxShadow.match(/rgba?\([^)]*\)/g) || []) indicators.push(rgba(shadow));
          const best = Math.max(0, ...indicators.filter(Boolean).map((c) => ratio(c, around)));
          return [best, ratio(rgba(style.color), own)];
        }
        """;

    public static TheoryData<string, int, string> Controls { get; } = new()
    {
        { "/", 1280, ".site-header .brand" },
        { "/", 1280, ".site-header .nav a" },
        { "/", 1280, "#site-search-q" },
        { "/", 1280, ".site-search button" },
        { "/", 375, ".menu summary" },
        { "/", 1280, ".site-footer a" },
        { "/", 1280, "main a.more" },
        { "/", 1280, "main a.button" },
        { "/briefs/five-calls/", 1280, "main .prose a" },
        { "/briefs/five-calls/", 1280, ".breadcrumbs a" },
        { "/members/", 1280, ".filters a" },
        { "/members/", 1280, ".az a" },
        { "/members/", 1280, "#member-find-q" },
    };

    [Theory]
    [MemberData(nameof(Controls))]
    public async Task A_focused_control_stands_out_by_3_to_1_and_its_text_reads_at_4_5_to_1(string url, int width, string selector)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.Keyboard.PressAsync("Tab"); // Keyboard use, so that :focus-visible applies as it would for a visitor.
        var control = page.Locator(selector).First;
        await control.FocusAsync();
        Assert.True(await control.EvaluateAsync<bool>("e => e.matches(':focus-visible')"), $"{selector} on {url} is not :focus-visible.");

        var ratios = await control.EvaluateAsync<double[]>(Measure);

        Assert.True(ratios[0] >= 3, $"{selector} on {url} at {width} px: the focus indicator is {ratios[0]:0.00}:1 against its surroundings; it needs 3:1.");
        Assert.True(ratios[1] >= 4.5, $"{selector} on {url} at {width} px: focused text is {ratios[1]:0.00}:1; it needs 4.5:1.");
    }
}
