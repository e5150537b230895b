using Movement.Testing;
using SkiaSharp;

namespace Movement.Site.Tests.SocialCards;

public class SvgRenditionTests
{
    private static string Resource(string svg) => OneResourceSite.With("card.svg", svg);

    [Fact]
    public async Task Every_svg_resource_of_the_demo_has_png_copies_in_both_sizes_linked_from_its_page()
    {
        var site = await DemoSite.BuildWithPicturesAsync();
        var svgs = site.Files.Keys.Where(p => p.StartsWith("awareness-week/", StringComparison.Ordinal) && p.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(svgs);
        foreach (var svg in svgs)
        {
            var stem = svg[..^".svg".Length];
            foreach (var (width, height) in new[] { (1200, 630), (1080, 1080) })
            {
                var path = $"{stem}-{width}x{height}.png";
                using var bitmap = SKBitmap.Decode(site.Files[path].Content.ToArray());
                Assert.True(bitmap is not null && bitmap.Width == width && bitmap.Height == height, $"{path} is not a {width}×{height} PNG.");
                var page = site.Html(stem + "/index.html");
                Assert.Contains(page.QuerySelectorAll("a[download]"), a => a.GetAttribute("href") == "/" + path);
            }
        }
    }

    [Fact]
    public async Task A_rendition_shows_the_drawing_on_its_own_background()
    {
        var site = await TestSite.BuildAsync(pictures: true, files: Resource("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" fill="#0b5563"/><circle cx="100" cy="50" r="40" fill="#f4a582"/></svg>"""));

        site.AssertSucceeded();
        using var square = SKBitmap.Decode(site.Files["awareness-week/2025/resources/card-1080x1080.png"].Content.ToArray());
        Assert.Equal(SKColor.Parse("#0b5563"), square.GetPixel(5, 5)); // The frame takes the drawing's own background.
        Assert.Equal(SKColor.Parse("#f4a582"), square.GetPixel(540, 540));
    }

    [Fact]
    public async Task An_svg_that_points_outside_its_file_is_drawn_without_reading_anything_else()
    {
        var site = await TestSite.BuildAsync(pictures: true, files: Resource("""
            <!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100">
            <rect width="200" height="100" fill="#ffffff"/>
            <image href="file:///etc/hostname" width="200" height="100"/>
            <image xlink:href="https://example.org/x.png" width="200" height="100"/>
            <rect width="10" height="10" style="fill:url(https://example.org/p.svg#a)"/>
            <script>alert(1)</script>
            </svg>
            """));

        Assert.True(site.Has("awareness-week/2025/resources/card-1200x630.png"));
        using var wide = SKBitmap.Decode(site.Files["awareness-week/2025/resources/card-1200x630.png"].Content.ToArray());
        Assert.Equal(SKColors.White, wide.GetPixel(600, 315));
    }

    [Fact]
    public async Task A_broken_svg_gets_blank_copies_and_a_warning_that_says_how_to_mend_it()
    {
        var site = await TestSite.BuildAsync(pictures: true, files: Resource("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>"));

        site.AssertSucceeded();
        site.AssertDiagnostic("MV0700", "awareness-week/2025/resources/card.svg");
        Assert.True(site.Has("awareness-week/2025/resources/card-1080x1080.png"));
    }

    [Fact]
    public async Task Renditions_are_byte_identical_across_builds()
    {
        var first = await DemoSite.BuildWithPicturesAsync();
        var second = await TestSite.BuildAsync(DemoSite.Input(), pictures: true);
        foreach (var path in first.Files.Keys.Where(p => p.EndsWith(".png", StringComparison.Ordinal)))
        {
            Assert.True(first.Files[path].Content.Span.SequenceEqual(second.Files[path].Content.Span), $"{path} differs between builds.");
        }
    }
}
