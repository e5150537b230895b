using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Site.Images;
using Movement.Testing;
using Movement.Theme.Rendering;
using SkiaSharp;

namespace Movement.Site.Tests.Images;

/// <summary>Pictures in content are published in several sizes, WebP first, with the size they are shown at.</summary>
public class ResponsivePictureTests
{
    private const string Brief = """
        ---
        title: Bonding
        summary: Why bonding matters.
        date: 2025-01-10
        ---
        Before.

        ![A parent holds a baby](../files/bonding.jpg "Bonding")

        After.
        """;

    private static Dictionary<string, byte[]> Site(string brief = Brief, params (string Path, byte[] Bytes)[] files)
    {
        var all = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["briefs/bonding.md"] = Encoding.UTF8.GetBytes(brief) };
        foreach (var (path, bytes) in files)
        {
            all[path] = bytes;
        }

        return all;
    }

    private static readonly byte[] Photo = TestPictures.Draw(2000, 1000, SKEncodedImageFormat.Jpeg);

    [Fact]
    public async Task A_photo_in_a_brief_is_a_picture_with_webp_sources_and_its_real_size()
    {
        var site = await TestSite.BuildAsync(Site(files: ("files/bonding.jpg", Photo)));

        site.AssertSucceeded();
        var picture = site.Html("briefs/bonding/index.html").QuerySelector(".prose picture")!;
        var source = picture.QuerySelector("source")!;
        var img = picture.QuerySelector("img")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal([480, 800, 1200, 1600], Widths(source.GetAttribute("srcset")!));
        Assert.Equal([480, 800, 1200, 1600], Widths(img.GetAttribute("srcset")!));
        Assert.Equal(PictureMarkup.ProseSizes, source.GetAttribute("sizes"));
        Assert.Equal(PictureMarkup.ProseSizes, img.GetAttribute("sizes"));
        Assert.Equal(("1600", "800"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("A parent holds a baby", img.GetAttribute("alt"));
        Assert.Equal("Bonding", img.GetAttribute("title"));
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.EndsWith("-1600.jpg", img.GetAttribute("src"));
    }

    [Fact]
    public async Task A_written_build_publishes_every_size_named_and_an_in_memory_build_only_names_them()
    {
        var written = await TestSite.BuildAsync(Site(files: ("files/bonding.jpg", Photo)), pictures: true);
        var named = await TestSite.BuildAsync(Site(files: ("files/bonding.jpg", Photo)));

        var html = written.Text("briefs/bonding/index.html");
        Assert.Equal(html, named.Text("briefs/bonding/index.html"));
        var page = written.Html("briefs/bonding/index.html");
        var candidates = page.QuerySelectorAll("picture source, picture img").SelectMany(e => Candidates(e.GetAttribute("srcset")!)).ToList();
        Assert.Equal(8, candidates.Count);
        foreach (var (url, width) in candidates)
        {
            var path = Uri.UnescapeDataString(url).TrimStart('/');
            Assert.True(written.Files.TryGetValue(path, out var file), $"{url} is named but not published.");
            using var codec = SKCodec.Create(new MemoryStream(file!.Content.ToArray()));
            Assert.Equal(width, codec.Info.Width);
            Assert.Equal(url.EndsWith(".webp", StringComparison.Ordinal) ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
            Assert.False(named.Has(path) && path.StartsWith("pictures/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_api_and_feeds_keep_the_plain_picture_the_author_wrote()
    {
        var site = await TestSite.BuildAsync(Site(files: ("files/bonding.jpg", Photo)));

        var html = JsonNode.Parse(site.Text("api/v1/content/briefs/bonding.json"))!["html"]!.GetValue<string>();
        Assert.Contains("<img src=\"https://test.example.org/files/bonding.jpg\"", html);
        Assert.DoesNotContain("<picture", html);
    }

    [Fact]
    public async Task A_small_picture_is_not_enlarged_and_its_own_file_is_the_widest_size()
    {
        var site = await TestSite.BuildAsync(Site(Brief.Replace("bonding.jpg", "chart.png"), ("files/chart.png", TestPictures.Draw(600, 400, SKEncodedImageFormat.Png))));

        var img = site.Html("briefs/bonding/index.html").QuerySelector(".prose picture img")!;
        Assert.Equal("/files/chart.png", img.GetAttribute("src"));
        Assert.Equal([480, 600], Widths(img.GetAttribute("srcset")!));
        Assert.Equal(("600", "400"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public async Task Pictures_written_as_html_and_in_several_pages_are_all_given_their_sizes()
    {
        var brief = Brief + "\n\n<figure><img src=\"/files/bonding.jpg\" alt=\"Again, as HTML\"><figcaption>Caption</figcaption></figure>\n";
        var news = """
            ---
            title: Photo news
            date: 2025-01-11
            summary: S.
            ---
            ![In the news](/files/bonding.jpg)
            """;
        var files = Site(brief, ("files/bonding.jpg", Photo));
        files["news/photo.md"] = Encoding.UTF8.GetBytes(news);

        var site = await TestSite.BuildAsync(files, pictures: true);

        site.AssertSucceeded();
        Assert.Equal(2, site.Html("briefs/bonding/index.html").QuerySelectorAll(".prose picture img[width='1600']").Length);
        Assert.Single(site.Html("news/photo/index.html").QuerySelectorAll(".prose picture img[width='1600']"));
        Assert.Equal(8, site.Files.Keys.Count(p => p.StartsWith("pictures/", StringComparison.Ordinal))); // 4 WebP, 4 JPEG, once each
    }

    [Fact]
    public async Task A_file_name_with_spaces_cannot_break_the_list_of_sizes()
    {
        var brief = Brief.Replace("../files/bonding.jpg", "<../files/Baby and me, 2025.jpg>");
        var site = await TestSite.BuildAsync(Site(brief, ("files/Baby and me, 2025.jpg", Photo)));

        site.AssertSucceeded();
        var img = site.Html("briefs/bonding/index.html").QuerySelector(".prose picture img")!;
        Assert.Equal([480, 800, 1200, 1600], Widths(img.GetAttribute("srcset")!));
        Assert.Contains("/baby-and-me-2025-480.jpg 480w", img.GetAttribute("srcset"));
    }

    [Fact]
    public async Task A_gif_and_an_svg_are_shown_as_they_are_at_their_own_size()
    {
        var brief = Brief.Replace("![A parent holds a baby](../files/bonding.jpg \"Bonding\")", "![Moving](../files/moving.gif) ![Drawn](../files/drawn.svg)");
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><rect width="300" height="150"/></svg>"""u8.ToArray();
        var site = await TestSite.BuildAsync(Site(brief, ("files/moving.gif", TestPictures.Gif(320, 240)), ("files/drawn.svg", svg)));

        var page = site.Html("briefs/bonding/index.html");
        Assert.Empty(page.QuerySelectorAll(".prose picture"));
        var gif = page.QuerySelector(".prose img[src='/files/moving.gif']");
        var drawn = page.QuerySelector(".prose img[src='/files/drawn.svg']");
        Assert.Equal(("320", "240", "lazy"), (gif?.GetAttribute("width"), gif?.GetAttribute("height"), gif?.GetAttribute("loading")));
        Assert.Equal(("300", "150"), (drawn?.GetAttribute("width"), drawn?.GetAttribute("height")));
    }

    [Fact]
    public async Task A_missing_or_broken_picture_keeps_its_tag_and_the_missing_one_is_reported()
    {
        var brief = Brief + "\n\n![Broken](../files/broken.jpg)\n";
        var site = await TestSite.BuildAsync(Site(brief, ("files/broken.jpg", "not a jpeg"u8.ToArray())));

        site.AssertDiagnostic("MV0201", "briefs/bonding.md");
        var imgs = site.Html("briefs/bonding/index.html").QuerySelectorAll(".prose img");
        Assert.Equal(2, imgs.Length);
        Assert.All(imgs, img => Assert.Null(img.GetAttribute("srcset")));
    }

    [Fact]
    public async Task A_second_build_reads_every_copy_back_and_gives_the_same_bytes()
    {
        var store = new MemoryPictureStore();
        var first = await BuildAsync(Site(files: ("files/bonding.jpg", Photo)), store);
        var second = await BuildAsync(Site(files: ("files/bonding.jpg", Photo)), store);

        Assert.True(first.Drawn >= 8);
        Assert.Equal(0, second.Drawn);
        Assert.Equal(Pictures(first.Report), Pictures(second.Report));
    }

    private static async Task<(BuildReport Report, int Drawn)> BuildAsync(Dictionary<string, byte[]> files, IPictureStore store)
    {
        files.TryAdd("site.yml", Encoding.UTF8.GetBytes(TestSite.DefaultSettings));
        var counting = new CountingPictureStore(store);
        using var theme = new RazorThemeRenderer();
        var report = await SiteBuilder.BuildAsync(new BuildOptions(new InMemoryFileSystem(files), new InMemoryOutput(), new FixedClock(TestSite.DefaultNow), theme) { Pictures = counting });
        return (report, counting.Drawn);
    }

    private static Dictionary<string, string> Pictures(BuildReport report) => report.Files
        .Where(f => f.Path.StartsWith("pictures/", StringComparison.Ordinal))
        .ToDictionary(f => f.Path, f => Convert.ToBase64String(f.Content.Span));

    private static IEnumerable<(string Url, int Width)> Candidates(string srcset) => srcset.Split(", ").Select(c =>
    {
        var parts = c.Split(' ');
        return (parts[0], int.Parse(parts[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture));
    });

    private static int[] Widths(string srcset) => [.. Candidates(srcset).Select(c => c.Width)];
}
