using AngleSharp.Html.Parser;
using Movement.Testing;
using SkiaSharp;

namespace Movement.Site.Tests.SocialCards;

/// <summary>
/// Reads every kind of page as a link-preview scraper (open-graph-scraper, and X's, Facebook's and LinkedIn's
/// crawlers) does: the raw HTML parsed, every meta element's property or name taken with its content, the
/// og:image address resolved against the page's, then the picture fetched and opened.
/// </summary>
public class OpenGraphReaderTests
{
    private const string Base = "https://first1001days.example.org/";

    public static TheoryData<string, string> PageTypes => new()
    {
        { "home", "index.html" },
        { "briefs", "briefs/index.html" },
        { "brief", "briefs/a-decade-of-disinvestment/index.html" },
        { "news list", "news/index.html" },
        { "news article", "news/committee-launches-first-1000-days-inquiry/index.html" },
        { "awareness archive", "awareness-week/index.html" },
        { "awareness week", "awareness-week/2025/index.html" },
        { "resource", "awareness-week/2025/resources/poster/index.html" },
        { "members", "members/index.html" },
        { "member", "members/action-for-children/index.html" },
        { "theory of change", "theory-of-change/index.html" },
        { "taxonomy", "nations/index.html" },
        { "term", "nations/wales/index.html" },
        { "search", "search/index.html" },
        { "plain page", "about/index.html" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task A_scraper_finds_a_1200_by_630_png_preview_on_every_kind_of_page(string kind, string path)
    {
        var site = await DemoSite.BuildWithPicturesAsync();
        var meta = new HtmlParser().ParseDocument(site.Text(path)).QuerySelectorAll("meta")
            .Select(m => (Key: m.GetAttribute("property") ?? m.GetAttribute("name"), Content: m.GetAttribute("content")))
            .Where(m => m.Key is not null && m.Content is not null)
            .GroupBy(m => m.Key!.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First().Content!);

        Assert.True(meta.TryGetValue("og:image", out var address), $"The {kind} page has no og:image.");
        var image = new Uri(new Uri(Base + path), address);
        Assert.StartsWith(Base, image.AbsoluteUri);
        Assert.True(site.Files.TryGetValue(image.AbsolutePath.TrimStart('/'), out var file), $"The {kind} page's og:image {image} is not in the site.");
        using var codec = SKCodec.Create(new MemoryStream(file!.Content.ToArray()));
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal((1200, 630), (codec.Info.Width, codec.Info.Height));
        Assert.Equal("1200", meta["og:image:width"]);
        Assert.Equal("630", meta["og:image:height"]);
        Assert.Equal("image/png", meta["og:image:type"]);
        Assert.False(string.IsNullOrWhiteSpace(meta["og:image:alt"]));
        Assert.Equal("summary_large_image", meta["twitter:card"]);
        Assert.Equal(image.AbsoluteUri, new Uri(new Uri(Base + path), meta["twitter:image"]).AbsoluteUri);
    }

    [Fact]
    public async Task Every_kind_of_page_has_a_card_of_its_own_kind()
    {
        var site = await DemoSite.BuildWithPicturesAsync();
        var cards = PageTypes.Select(row => (string)row[1])
            .Select(path => new HtmlParser().ParseDocument(site.Text(path)).QuerySelector("meta[property='og:image']")!.GetAttribute("content"))
            .ToList();
        Assert.Equal(cards.Count, cards.Distinct().Count());
    }
}
