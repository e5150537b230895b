using System.Text;
using Movement.Site.Tests.Images;
using Movement.Testing;
using SkiaSharp;

namespace Movement.Site.Tests.SiteYml;

/// <summary>site.yml's home page picture is checked at its line: a picture the build reads, with its alt text.</summary>
public class HeroPictureSettingsTests
{
    private static Dictionary<string, byte[]> Site(string hero, string file, byte[] bytes) => new(StringComparer.Ordinal)
    {
        ["site.yml"] = Encoding.UTF8.GetBytes($"title: T\nbase_url: https://t.example\n{hero}\n"),
        [file] = bytes,
    };

    private static readonly byte[] Wide = TestPictures.Draw(1600, 1000, SKEncodedImageFormat.Png);

    [Fact]
    public async Task A_hero_picture_without_alt_text_is_an_error_at_its_line()
    {
        var site = await TestSite.BuildAsync(Site("hero_image: files/hero.png", "files/hero.png", Wide));

        var error = site.AssertDiagnostic("MV0860", "site.yml", 3);
        Assert.Contains("hero_alt:", error.Hint);
        site.AssertFailedWithoutOutput();
    }

    [Fact]
    public async Task Blank_alt_text_counts_as_none()
    {
        var site = await TestSite.BuildAsync(Site("hero_image: files/hero.png\nhero_alt: \"  \"", "files/hero.png", Wide));

        site.AssertDiagnostic("MV0860", "site.yml", 3);
    }

    [Fact]
    public async Task A_hero_file_that_is_not_a_picture_is_an_error_at_its_line()
    {
        var site = await TestSite.BuildAsync(Site("hero_image: files/hero.png\nhero_alt: A baby", "files/hero.png", "not a picture"u8.ToArray()));

        var error = site.AssertDiagnostic("MV0861", "site.yml", 3);
        Assert.Contains("JPEG, PNG, WebP, GIF or SVG", error.Hint);
        site.AssertFailedWithoutOutput();
    }

    [Fact]
    public async Task A_document_given_as_the_hero_is_refused()
    {
        var site = await TestSite.BuildAsync(Site("hero_image: files/brief.pdf\nhero_alt: A baby", "files/brief.pdf", "%PDF-1.4"u8.ToArray()));

        site.AssertDiagnostic("MV0861", "site.yml", 3);
    }

    [Fact]
    public async Task A_missing_hero_file_is_reported_with_the_files_beside_it()
    {
        var site = await TestSite.BuildAsync(Site("hero_image: files/heor.png\nhero_alt: A baby", "files/hero.png", Wide));

        var error = Assert.Single(site.Errors);
        Assert.Equal(("site.yml", 3), (error.Location.Path, error.Location.Line));
        Assert.Contains("hero.png", error.Hint);
    }

    [Fact]
    public async Task A_narrow_hero_is_a_warning_that_names_the_width_it_needs()
    {
        var site = await TestSite.BuildAsync(Site("hero_image: files/hero.png\nhero_alt: A baby", "files/hero.png", TestPictures.Draw(500, 400, SKEncodedImageFormat.Png)));

        site.AssertSucceeded();
        var warning = site.AssertDiagnostic("MV0862", "site.yml", 3);
        Assert.Contains("500 px", warning.Message);
        Assert.Contains("768 px", warning.Hint);
    }

    [Fact]
    public async Task An_svg_hero_of_any_size_is_sharp_so_it_is_not_warned_about()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\"><rect width=\"400\" height=\"300\" fill=\"#0b5563\"/></svg>"u8.ToArray();
        var site = await TestSite.BuildAsync(Site("hero_image: files/hero.svg\nhero_alt: A teal square", "files/hero.svg", svg));

        site.AssertSucceeded();
        Assert.Empty(site.Diagnostics);
    }
}
