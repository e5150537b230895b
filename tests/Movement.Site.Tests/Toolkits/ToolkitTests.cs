using System.IO.Compression;
using System.Text;
using Movement.Testing;
using SkiaSharp;

namespace Movement.Site.Tests.Toolkits;

public class ToolkitTests
{
    private const string Site = """
        -- awareness-week/2025/index.md --
        ---
        title: Week 2025
        theme: Holding the baby, together
        summary: A week; for everyone.
        hashtag: "#IMHAW25"
        start: 2025-06-09
        end: 2025-06-15
        days:
          - date: 2025-06-09
            theme: Relationships
        ---
        -- awareness-week/2025/resources/poster.md --
        ---
        title: Poster
        kind: poster
        summary: A poster.
        file: poster.svg
        alt: A poster.
        ---
        -- awareness-week/2025/resources/poster.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 140"><rect width="100" height="140" fill="#0b5563"/></svg>
        """;

    private const string Zip = "awareness-week/2025/partner-toolkit-2025.zip";

    private static Dictionary<string, byte[]> Entries(BuiltSite site)
    {
        using var zip = new ZipArchive(new MemoryStream(site.Files[Zip].Content.ToArray()));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return bytes.ToArray();
        });
    }

    [Fact]
    public async Task A_week_has_a_toolkit_of_its_pictures_posts_calendar_and_press_note_linked_from_its_page()
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site, pictures: true);

        site.AssertSucceeded();
        var entries = Entries(site);
        Assert.Equal(["2025.ics", "pictures/poster-1080x1080.png", "pictures/poster-1200x630.png", "pictures/poster.svg", "press-note.txt", "suggested-posts.txt"], entries.Keys);
        Assert.Equal(site.Files["awareness-week/2025/resources/poster-1200x630.png"].Content.ToArray(), entries["pictures/poster-1200x630.png"]);
        using (var square = SKBitmap.Decode(entries["pictures/poster-1080x1080.png"]))
        {
            Assert.Equal((1080, 1080), (square.Width, square.Height));
        }

        var calendar = Encoding.UTF8.GetString(entries["2025.ics"]);
        Assert.Contains("DTSTART;VALUE=DATE:20250609\r\n", calendar);
        Assert.Contains("DTEND;VALUE=DATE:20250616\r\n", calendar);
        Assert.Contains("SUMMARY:Week 2025\r\n", calendar);
        Assert.Contains("Theme: Holding the baby\\, together. A week\\; for everyone.", calendar.Replace("\r\n ", ""));
        Assert.All(calendar.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));

        var posts = Encoding.UTF8.GetString(entries["suggested-posts.txt"]);
        Assert.Contains("#IMHAW25", posts);
        Assert.Contains("https://test.example.org/awareness-week/2025/", posts);
        Assert.Contains("Relationships", posts);
        Assert.DoesNotContain("<", posts);
        var note = Encoding.UTF8.GetString(entries["press-note.txt"]);
        Assert.Contains("Poster: https://test.example.org/awareness-week/2025/resources/poster/", note);

        Assert.Contains(site.Html("awareness-week/2025/index.html").QuerySelectorAll("a[download]"), a => a.GetAttribute("href") == "/" + Zip);
    }

    [Fact]
    public async Task The_toolkit_has_the_same_bytes_on_every_build_and_is_made_only_when_pictures_are()
    {
        var first = await TestSite.BuildAsync(Site, pictures: true);
        var second = await TestSite.BuildAsync(Site, now: TestSite.DefaultNow.AddDays(3), pictures: true);
        var check = await TestSite.BuildAsync(Site);

        Assert.Equal(first.Files[Zip].Content.ToArray(), second.Files[Zip].Content.ToArray());
        Assert.False(check.Has(Zip));
        using var zip = new ZipArchive(new MemoryStream(first.Files[Zip].Content.ToArray()));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 6, 9), e.LastWriteTime.DateTime));
    }

    [Fact]
    public async Task A_preview_rebuild_after_a_week_edit_gives_the_toolkit_a_clean_build_gives()
    {
        var files = InlineFiles.Parse(Site).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
        files["site.yml"] = Encoding.UTF8.GetBytes(TestSite.DefaultSettings);
        var input = new EditableFileSystem(files);
        var clock = new Movement.Core.IO.FixedClock(TestSite.DefaultNow);
        using var theme = new Movement.Theme.Rendering.RazorThemeRenderer();
        var session = new Movement.Site.Building.SiteSession(new Movement.Site.Building.BuildOptions(input, null, clock, theme) { Pictures = new Movement.Site.Images.MemoryPictureStore() });
        await session.RebuildAsync(null);

        const string week = "awareness-week/2025/index.md";
        input.Write(week, input.ReadText(week).Replace("#IMHAW25", "#IMHAW2025", StringComparison.Ordinal));
        var rebuilt = await session.RebuildAsync([week]);
        var clean = await TestSite.BuildAsync(input.Files, pictures: true);

        var zip = rebuilt.Files.Single(f => f.Path == Zip).Content.ToArray();
        Assert.Equal(clean.Files[Zip].Content.ToArray(), zip);
        using var entries = new ZipArchive(new MemoryStream(zip));
        using var posts = new StreamReader(entries.GetEntry("suggested-posts.txt")!.Open());
        Assert.Contains("#IMHAW2025", posts.ReadToEnd());
    }
}
