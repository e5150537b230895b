using System.Text;
using Movement.Site.Images;
using Movement.Testing;
using SkiaSharp;

namespace Movement.Site.Tests.Images;

/// <summary>
/// The home page shows site.yml's picture in several sizes, with its size and alt text, fetched early as it is in
/// view when the page opens; without one it shows the theme's decoration. Theme markup, so kept apart from content tests.
/// </summary>
public class HeroPictureTests
{
    private static readonly byte[] Wide = TestPictures.Draw(1600, 1200, SKEncodedImageFormat.Png);

    private static Dictionary<string, byte[]> Site(string hero) => new(StringComparer.Ordinal)
    {
        ["site.yml"] = Encoding.UTF8.GetBytes($"title: T\nbase_url: https://t.example\nlanguages: [en, cy]\n{hero}\n"),
        ["files/home/hero.png"] = Wide,
    };

    [Fact]
    public async Task The_home_page_shows_the_hero_in_several_sizes_with_its_size_and_alt_text()
    {
        var site = await TestSite.BuildAsync(Site("hero_image: files/home/hero.png\nhero_alt: A parent holds a baby"), pictures: true);

        site.AssertSucceeded();
        var img = site.Html("index.html").QuerySelector(".hero picture img")!;
        Assert.Equal(("1600", "1200"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("A parent holds a baby", img.GetAttribute("alt"));
        Assert.Equal(PictureMarkup.HeroSizes, img.GetAttribute("sizes"));
        Assert.Contains("480w", img.GetAttribute("srcset"));
        Assert.Contains("480w", site.Html("index.html").QuerySelector(".hero picture source[type='image/webp']")!.GetAttribute("srcset"));
        // The drawn copies are published, not only named.
        foreach (var url in img.GetAttribute("srcset")!.Split(", ").Select(s => s.Split(' ')[0]))
        {
            Assert.True(site.Has(url.TrimStart('/')), $"{url} is named but not published.");
        }
    }

    [Fact]
    public async Task The_hero_is_fetched_at_once_not_lazily()
    {
        var site = await TestSite.BuildAsync(Site("hero_image: files/home/hero.png\nhero_alt: A parent holds a baby"));

        var img = site.Html("index.html").QuerySelector(".hero picture img")!;
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
    }

    [Theory]
    [InlineData("hero_alt_cy: Rhiant yn dal babi", "Rhiant yn dal babi", false)]
    [InlineData("", "A parent holds a baby", true)]
    public async Task A_welsh_page_uses_the_welsh_alt_text_or_marks_the_english_as_english(string welsh, string alt, bool markedEnglish)
    {
        var site = await TestSite.BuildAsync(Site($"hero_image: files/home/hero.png\nhero_alt: A parent holds a baby\n{welsh}"));

        var img = site.Html("cy/index.html").QuerySelector(".hero picture img")!;
        Assert.Equal(alt, img.GetAttribute("alt"));
        Assert.Equal(markedEnglish, img.Closest("[lang='en']") is not null);
    }

    [Fact]
    public async Task Without_a_hero_the_home_page_keeps_the_themes_decoration()
    {
        var site = await TestSite.BuildAsync(Site(""));

        var img = Assert.Single(site.Html("index.html").QuerySelectorAll(".hero img"));
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.Null(img.Closest("picture"));
    }
}
