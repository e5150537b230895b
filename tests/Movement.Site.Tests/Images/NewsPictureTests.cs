using System.Text;
using Movement.Testing;
using SkiaSharp;

namespace Movement.Site.Tests.Images;

/// <summary>A news item's picture keeps its space while it loads: its width and height come from the file.</summary>
public class NewsPictureTests
{
    private static Dictionary<string, byte[]> Site(string image, byte[] bytes) => new(StringComparer.Ordinal)
    {
        ["news/launch.md"] = Encoding.UTF8.GetBytes($"---\ntitle: Launch\ndate: 2025-06-09\nsummary: We launched.\nimage: {image}\nalt: People at the launch\n---\nText\n"),
        [$"news/{image}"] = bytes,
    };

    [Fact]
    public async Task A_photo_on_its_article_has_its_size_and_smaller_copies_and_loads_at_once()
    {
        var site = await TestSite.BuildAsync(Site("launch.jpg", TestPictures.Draw(1000, 750, SKEncodedImageFormat.Jpeg)), pictures: true);

        site.AssertSucceeded();
        var img = site.Html("news/launch/index.html").QuerySelector("article figure picture img")!;
        Assert.Equal(("1000", "750", "People at the launch"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt")));
        Assert.Contains("480w", img.GetAttribute("srcset"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.True(site.Has(img.GetAttribute("srcset")!.Split(' ')[0].TrimStart('/')));
    }

    [Fact]
    public async Task An_svg_on_its_article_has_the_size_its_file_declares()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 630\"><rect width=\"1200\" height=\"630\"/></svg>"u8.ToArray();
        var site = await TestSite.BuildAsync(Site("card.svg", svg));

        var img = site.Html("news/launch/index.html").QuerySelector("article figure img")!;
        Assert.Equal(("1200", "630"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public async Task The_news_card_shows_the_picture_with_its_size_and_lazily()
    {
        var site = await TestSite.BuildAsync(Site("launch.jpg", TestPictures.Draw(1000, 750, SKEncodedImageFormat.Jpeg)));

        var img = site.Html("news/index.html").QuerySelector("img.card-image")!;
        Assert.Equal(("1000", "750"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("lazy", img.GetAttribute("loading"));
    }
}
