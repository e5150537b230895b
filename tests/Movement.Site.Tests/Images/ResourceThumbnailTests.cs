using System.Text;
using Movement.Site.SocialCards;
using Movement.Site.Tests.SocialCards;
using Movement.Testing;
using SkiaSharp;

namespace Movement.Site.Tests.Images;

/// <summary>Every resource on a week's page has a thumbnail: its own picture in several sizes, or its card.</summary>
public class ResourceThumbnailTests
{
    private static Dictionary<string, byte[]> Week(string file, byte[] bytes)
    {
        var files = InlineFiles.Parse(OneResourceSite.With(file, "x")).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
        files[$"awareness-week/2025/resources/{file}"] = bytes;
        return files;
    }

    [Fact]
    public async Task A_photo_resource_is_a_sized_lazy_thumbnail_on_the_week_and_a_sized_preview_on_its_page()
    {
        var site = await TestSite.BuildAsync(Week("art.jpg", TestPictures.Draw(1080, 1350, SKEncodedImageFormat.Jpeg)), pictures: true);

        site.AssertSucceeded();
        var thumb = site.Html("awareness-week/2025/index.html").QuerySelector(".resource-thumb picture img")!;
        Assert.Equal(("1080", "1350", "", "lazy"), (thumb.GetAttribute("width"), thumb.GetAttribute("height"), thumb.GetAttribute("alt"), thumb.GetAttribute("loading")));
        Assert.Equal("/awareness-week/2025/resources/art.jpg", thumb.GetAttribute("src"));
        var preview = site.Html("awareness-week/2025/resources/art/index.html").QuerySelector(".preview picture img")!;
        Assert.Equal(("1080", "1350", "A picture."), (preview.GetAttribute("width"), preview.GetAttribute("height"), preview.GetAttribute("alt")));
        Assert.Contains(site.Files.Keys, p => p.StartsWith("pictures/", StringComparison.Ordinal) && p.EndsWith("/art-480.webp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_resource_is_shown_by_its_card_in_two_sizes()
    {
        var site = await TestSite.BuildAsync(Week("art.pdf", "%PDF-1.4 test"u8.ToArray()), pictures: true);

        site.AssertSucceeded();
        var page = site.Html("awareness-week/2025/resources/art/index.html");
        var card = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        var thumb = site.Html("awareness-week/2025/index.html").QuerySelector(".resource-thumb picture")!;
        var img = thumb.QuerySelector("img")!;
        Assert.Equal(new Uri(card).AbsolutePath, img.GetAttribute("src"));
        Assert.Equal(("1200", "630", ""), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt")));
        var small = thumb.QuerySelector("source")!.GetAttribute("srcset")!.Split(' ')[0];
        using var codec = SKCodec.Create(new MemoryStream(site.Files[small.TrimStart('/')].Content.ToArray()));
        Assert.Equal((SKEncodedImageFormat.Webp, SocialCard.ThumbnailWidth, 252), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
        Assert.NotNull(page.QuerySelector(".preview-card picture img[alt='']"));
    }

    [Fact]
    public async Task An_svg_resource_thumbnail_has_its_size()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630"><rect width="1200" height="630"/></svg>"""u8.ToArray();
        var site = await TestSite.BuildAsync(Week("art.svg", svg));

        var thumb = site.Html("awareness-week/2025/index.html").QuerySelector(".resource-thumb img")!;
        Assert.Equal(("1200", "630", "lazy"), (thumb.GetAttribute("width"), thumb.GetAttribute("height"), thumb.GetAttribute("loading")));
    }
}
