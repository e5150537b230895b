using Movement.Site.SocialCards;
using Movement.Testing;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Movement.Site.Tests.SocialCards;

public class SocialCardTests
{
    private const string Base = "https://first1001days.example.org/";

    [Fact]
    public async Task Every_shared_page_of_the_demo_names_a_1200_by_630_png_card_that_the_build_wrote()
    {
        var site = await DemoSite.BuildWithPicturesAsync();
        var pages = site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("embed/", StringComparison.Ordinal)).ToList();
        var checkedPages = 0;
        foreach (var path in pages)
        {
            var page = site.Html(path);
            if (page.QuerySelector("meta[property='og:title']") is null)
            {
                continue; // A redirect left by an alias: no preview of its own.
            }

            checkedPages++;
            var image = page.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.True(image is not null, $"{path} has no og:image.");
            Assert.StartsWith(Base + "cards/", image);
            Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
            Assert.Equal("630", page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content")));
            Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
            using var bitmap = SKBitmap.Decode(site.Files[image[Base.Length..]].Content.ToArray());
            Assert.True(bitmap is { Width: 1200, Height: 630 }, $"The card of {path} is not a 1200×630 PNG.");
        }

        Assert.InRange(checkedPages, 50, 10_000);
        Assert.DoesNotContain(site.Files.Keys, p => p.StartsWith("cards/", StringComparison.Ordinal) && !p.EndsWith(".png", StringComparison.Ordinal)
            && !p.EndsWith($"-{SocialCard.ThumbnailWidth}.webp", StringComparison.Ordinal)); // resources' cards, shown as thumbnails
    }

    [Fact]
    public async Task A_card_is_named_after_what_it_shows_so_it_is_drawn_anew_only_when_that_changes()
    {
        static string Brief(string title, string body) => $"""
            -- briefs/workforce.md --
            ---
            title: {title}
            summary: Babies need skilled people.
            date: 2024-05-01
            ---
            {body}
            """;

        var first = await TestSite.BuildWithRealThemeAsync(Brief("Develop the workforce", "One."), pictures: true);
        var sameTitle = await TestSite.BuildWithRealThemeAsync(Brief("Develop the workforce", "Two."), pictures: true);
        var newTitle = await TestSite.BuildWithRealThemeAsync(Brief("Grow the workforce", "One."));

        string Card(BuiltSite site) => site.Html("briefs/workforce/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Equal(Card(first), Card(sameTitle));
        Assert.NotEqual(Card(first), Card(newTitle));
        var path = Card(first)["https://test.example.org/".Length..];
        Assert.True(first.Files[path].Content.Span.SequenceEqual(sameTitle.Files[path].Content.Span));
    }

    [Fact]
    public void The_same_card_paints_the_same_bytes()
    {
        var card = new SocialCard("Develop the workforce", "Policy brief", "1 May 2024", "Test Movement");
        using var one = new CardPainter();
        using var two = new CardPainter();
        Assert.Equal(one.Paint(card), two.Paint(card));
    }

    [Fact]
    public void A_very_long_title_is_wrapped_within_the_width_and_ends_in_an_ellipsis()
    {
        using var shaper = new SKShaper(CardFonts.Bold);
        using var font = new SKFont(CardFonts.Bold, 60);
        var title = string.Join(' ', Enumerable.Repeat("relationships in the earliest years", 12));

        var (lines, fits) = TextLines.Wrap(title, shaper, font, 860, 4);

        Assert.False(fits);
        Assert.Equal(4, lines.Count);
        Assert.EndsWith("…", lines[^1]);
        Assert.All(lines, l => Assert.InRange(shaper.Shape(l, font).Width, 1, 860));
    }

    [Fact]
    public void A_word_longer_than_a_line_is_broken_rather_than_overflowing()
    {
        using var shaper = new SKShaper(CardFonts.Bold);
        using var font = new SKFont(CardFonts.Bold, 72);

        var (lines, fits) = TextLines.Wrap(new string('W', 60), shaper, font, 860, 5);

        Assert.True(fits);
        Assert.True(lines.Count > 1);
        Assert.Equal(new string('W', 60), string.Concat(lines));
        Assert.All(lines, l => Assert.InRange(shaper.Shape(l, font).Width, 1, 860));
    }

    [Fact]
    public void Card_text_is_one_line_of_plain_text_and_says_what_the_page_is()
    {
        var card = new SocialCard("A", "News", "1 May 2024", "Test Movement");
        Assert.Equal("News. A. 1 May 2024. Test Movement.", card.Alt);
        Assert.Matches("^/cards/[0-9a-f]{16}\\.png$", card.Url);
    }

    [Fact]
    public void A_card_copied_with_another_title_has_its_own_address()
    {
        var card = new SocialCard("A", "News", "1 May 2024", "Test Movement");
        var first = card.Url; // Worked out and kept before the copy is made.
        var copy = card with { Title = "B" };
        Assert.NotEqual(first, copy.Url);
        Assert.Equal(new SocialCard("B", "News", "1 May 2024", "Test Movement").Url, copy.Url);
        Assert.Equal(new SocialCard("A", "News", "1 May 2024", "Test Movement"), card); // Equal by what they show, digests worked out or not.
    }

    [Theory]
    [InlineData("babies' wellbeing", "babies’ wellbeing")]
    [InlineData("a child's \"second\" birthday", "a child’s “second” birthday")]
    [InlineData("'Holding' (\"the baby\")", "‘Holding’ (“the baby”)")]
    public void Quotes_on_a_card_are_printed_ones(string text, string typeset)
    {
        Assert.Equal(typeset, SocialCard.Typeset(text));
    }
}
