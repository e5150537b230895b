using System.Text;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Site.Images;
using Movement.Site.Tests.SocialCards;
using Movement.Testing;
using Movement.Theme.Rendering;

namespace Movement.Site.Tests.Images;

public class PictureStoreTests
{
    private static readonly string Site = OneResourceSite.With("art.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" fill="#0b5563"/></svg>""");

    private static Dictionary<string, byte[]> Files(string title = "Week 2025") =>
        InlineFiles.Parse(Site.Replace("title: Week 2025", "title: " + title)).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));

    private static async Task<(BuildReport Report, int Drawn)> BuildAsync(IReadOnlyDictionary<string, byte[]> files, IPictureStore? store, ISiteOutput? output) =>
        await BuildAsync(files, store is null ? null : new CountingPictureStore(store), output);

    private static async Task<(BuildReport Report, int Drawn)> BuildAsync(IReadOnlyDictionary<string, byte[]> files, CountingPictureStore? counting, ISiteOutput? output)
    {
        var all = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        all.TryAdd("site.yml", Encoding.UTF8.GetBytes(TestSite.DefaultSettings));
        using var theme = new RazorThemeRenderer();
        var options = new BuildOptions(new InMemoryFileSystem(all), output, new FixedClock(TestSite.DefaultNow), theme) { Pictures = counting };
        var report = await SiteBuilder.BuildAsync(options);
        var drawn = counting?.Drawn ?? 0;
        return (report, drawn);
    }

    private static bool IsPicture(string path) => path.StartsWith("cards/", StringComparison.Ordinal) || path.EndsWith(".png", StringComparison.Ordinal);

    [Fact]
    public async Task A_build_that_draws_no_pictures_still_names_its_card_and_warns_as_a_drawing_build_does()
    {
        var files = Files();
        files["awareness-week/2025/resources/art.svg"] = "<svg><rect></svg>"u8.ToArray();

        var check = await BuildAsync(files, store: null, output: null);
        var build = await BuildAsync(files, new MemoryPictureStore(), new InMemoryOutput());

        Assert.DoesNotContain(check.Report.Files, f => IsPicture(f.Path));
        var page = check.Report.Files.Single(f => f.Path == "awareness-week/2025/index.html");
        Assert.Contains("og:image", Encoding.UTF8.GetString(page.Content.Span));
        Assert.Equal(build.Report.Files.Single(f => f.Path == page.Path).Content.ToArray(), page.Content.ToArray());
        Assert.Equal(build.Report.Diagnostics.Select(d => d.ToString()), check.Report.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(check.Report.Diagnostics, d => d.Code == "MV0700");
        Assert.Contains(build.Report.Files, f => f.Path.StartsWith("cards/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_site_draws_nothing_on_its_next_build_and_a_changed_title_draws_only_the_cards_that_show_it()
    {
        var store = new MemoryPictureStore();

        var first = await BuildAsync(Files(), store, new InMemoryOutput());
        var again = await BuildAsync(Files(), store, new InMemoryOutput());
        var renamed = await BuildAsync(Files("Week of the baby"), store, new InMemoryOutput());

        Assert.True(first.Drawn > 3, $"The first build drew {first.Drawn} pictures.");
        Assert.Equal(0, again.Drawn);
        // The week's page and its resource's page show the week's title (and the week's page shows the resource's
        // card as a thumbnail, a smaller copy); the SVG's copies do not.
        Assert.Equal(3, renamed.Drawn);
    }

    [Fact]
    public async Task Pictures_kept_in_a_folder_outside_the_site_give_the_same_bytes_on_the_next_build()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("_site");

        var first = await BuildAsync(Files(), FolderPictureStore.BesideOutput(site), new DirectoryOutput(site));
        var before = TempFolder.Snapshot(site);
        var second = await BuildAsync(Files(), FolderPictureStore.BesideOutput(site), new DirectoryOutput(site));

        Assert.True(first.Drawn > 0);
        Assert.Equal(0, second.Drawn);
        var after = TempFolder.Snapshot(site);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
        Assert.Contains(after.Keys, p => p.Replace('\\', '/').StartsWith("cards/", StringComparison.Ordinal));
        Assert.True(Directory.Exists(temp.Combine("._site.cache", "pictures")));
        Assert.False(Directory.Exists(Path.Combine(site, "._site.cache")));
    }

    [Fact]
    public async Task A_new_folder_built_with_a_kept_picture_folder_links_every_picture_without_reading_one()
    {
        using var temp = new TempFolder();
        var pictures = temp.Combine("pictures");
        await BuildAsync(Files(), new FolderPictureStore(pictures), new DirectoryOutput(temp.Combine("first")));

        var counting = new CountingPictureStore(new FolderPictureStore(pictures));
        var second = await BuildAsync(Files(), counting, new DirectoryOutput(temp.Combine("second")));

        Assert.Equal(0, second.Drawn);
        Assert.Equal(0, counting.Read);
        var (before, after) = (TempFolder.Snapshot(temp.Combine("first")), TempFolder.Snapshot(temp.Combine("second")));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
        Assert.Contains(after.Keys, p => p.Replace('\\', '/').StartsWith("cards/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_changed_since_the_index_was_written_is_not_taken_on_the_index_word()
    {
        using var temp = new TempFolder();
        var store = new FolderPictureStore(temp.Path);
        store.Put("aa", [1, 2, 3]);
        store.Put("bb", [4, 5, 6]);
        store.Sweep();
        File.WriteAllBytes(temp.Combine("aa.bin"), [7, 8, 9]);
        File.SetLastWriteTimeUtc(temp.Combine("aa.bin"), DateTime.UtcNow.AddMinutes(1));
        File.AppendAllText(temp.Combine("index.tsv"), "not a line\n../x\t1\t1\t1\n");

        var next = new FolderPictureStore(temp.Path);

        Assert.False(next.TryGetKept("aa", out _, out _));
        Assert.True(next.TryGetKept("bb", out var file, out var content));
        Assert.Equal(temp.Combine("bb.bin"), file);
        Assert.Equal(new byte[] { 4, 5, 6 }, content.Load().ToArray());
        Assert.Equal(System.IO.Hashing.XxHash3.HashToUInt64([4, 5, 6]), content.Digest);
        Assert.False(next.TryGetKept("cc", out _, out _));
    }

    [Fact]
    public async Task The_folder_forgets_pictures_no_longer_used_and_leftovers_of_a_stopped_build()
    {
        using var temp = new TempFolder();
        var store = new FolderPictureStore(temp.Combine("pictures"));
        store.Put("aa", [1]);
        store.Put("bb", [2]);
        store.Sweep();
        File.WriteAllBytes(temp.Combine("pictures", "cc.bin.0123.tmp"), [3]);

        Assert.True(store.TryGet("aa", out var kept));
        store.Sweep();

        Assert.Equal([1], kept);
        Assert.Equal(["aa.bin", "index.tsv"], Directory.EnumerateFiles(temp.Combine("pictures")).Select(Path.GetFileName).Order());
        Assert.False(store.TryGet("bb", out _));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("")]
    [InlineData("AB")]
    public void A_key_that_is_not_a_digest_names_no_file(string key)
    {
        using var temp = new TempFolder();
        var store = new FolderPictureStore(temp.Path);
        Assert.Throws<ArgumentException>(() => store.Put(key, [1]));
    }

    [Fact]
    public async Task A_failed_build_keeps_every_picture_for_the_next()
    {
        var store = new MemoryPictureStore();
        await BuildAsync(Files(), store, new InMemoryOutput());
        var broken = Files();
        broken["briefs/x.md"] = "---\ntitle: [\n---\n"u8.ToArray();

        var failed = await BuildAsync(broken, store, new InMemoryOutput());
        var next = await BuildAsync(Files(), store, new InMemoryOutput());

        Assert.False(failed.Report.Succeeded);
        Assert.Equal(0, next.Drawn);
    }
}
