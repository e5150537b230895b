using System.Text;
using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

public class DirectoryOutputTests
{
    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_commit_replaces_the_whole_previous_site()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("_site");
        var output = new DirectoryOutput(target);

        await output.CommitAsync([File("index.html", "one"), File("old/index.html", "old")], CancellationToken.None);
        await output.CommitAsync([File("index.html", "two"), File("new/index.html", "new")], CancellationToken.None);

        Assert.Equal("two", System.IO.File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.True(System.IO.File.Exists(Path.Combine(target, "new/index.html")));
        Assert.False(Directory.Exists(Path.Combine(target, "old")), "Files of the previous site that the new one lacks must go.");
        Assert.Equal(["._site.manifest", "._site.spare", "._site.spare.lock", "._site.spare.manifest", "_site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_rebuild_writes_no_file()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        OutputFile[] site = [File("index.html", "home"), File("a/index.html", "a"), File("a/b/data.json", "{}")];

        await output.CommitAsync(site, CancellationToken.None);
        MarkOld(output.Target);
        await output.CommitAsync(site, CancellationToken.None);
        await output.CommitAsync(site, CancellationToken.None);

        Assert.All(Files(output.Target), path => Assert.Equal(Old, System.IO.File.GetLastWriteTimeUtc(path)));
        AssertHolds(output.Target, site);
    }

    [Fact]
    public async Task A_changed_file_is_rewritten_and_the_others_left_alone()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        await output.CommitAsync([File("index.html", "home"), File("a/index.html", "a")], CancellationToken.None);
        MarkOld(output.Target);
        await output.CommitAsync([File("index.html", "home"), File("a/index.html", "a")], CancellationToken.None);

        await output.CommitAsync([File("index.html", "home"), File("a/index.html", "b")], CancellationToken.None);

        Assert.Equal("b", System.IO.File.ReadAllText(Path.Combine(output.Target, "a/index.html")));
        Assert.NotEqual(Old, System.IO.File.GetLastWriteTimeUtc(Path.Combine(output.Target, "a/index.html")));
        Assert.Equal(Old, System.IO.File.GetLastWriteTimeUtc(Path.Combine(output.Target, "index.html")));
    }

    [Fact]
    public async Task An_output_no_longer_produced_is_removed_with_its_folder()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        OutputFile[] full = [File("index.html", "home"), File("old/deep/index.html", "old")];
        await output.CommitAsync(full, CancellationToken.None);
        await output.CommitAsync(full, CancellationToken.None);

        await output.CommitAsync([File("index.html", "home")], CancellationToken.None);

        AssertHolds(output.Target, [File("index.html", "home")]);
        Assert.False(Directory.Exists(Path.Combine(output.Target, "old")));
    }

    [Fact]
    public async Task After_many_builds_the_site_holds_the_latest_generation_and_the_spare_the_one_before()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        OutputFile[][] generations =
        [
            [File("index.html", "1"), File("a", "a file"), File("b/index.html", "b")],
            [File("index.html", "2"), File("a/index.html", "now a folder"), File("b/index.html", "b")],
            [File("index.html", "2"), File("a", "a file again"), File("c/d/e.txt", "e")],
            [File("index.html", "longer than before"), File("c/d/e.txt", "e"), File("b", "b")],
            [File("index.html", "x"), File("c/d/e.txt", "E")],
            [File("index.html", "x"), File("c/d/e.txt", "E")],
        ];

        for (var g = 0; g < generations.Length; g++)
        {
            await output.CommitAsync(generations[g], CancellationToken.None);

            AssertHolds(output.Target, generations[g]);
            if (g > 0)
            {
                AssertHolds(output.Spare, generations[g - 1]);
            }
        }
    }

    [Fact]
    public async Task A_spare_left_half_written_by_a_killed_build_is_put_right()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        OutputFile[] site = [File("index.html", "home"), File("a/index.html", "same length")];
        await output.CommitAsync(site, CancellationToken.None);
        await output.CommitAsync(site, CancellationToken.None);
        System.IO.File.WriteAllText(Path.Combine(output.Spare, "a/index.html"), "SAME LENGTH");
        System.IO.File.WriteAllText(Path.Combine(output.Spare, "index.html"), "ho");
        System.IO.File.WriteAllText(Path.Combine(output.Spare, "stray.tmp"), "");

        await output.CommitAsync(site, CancellationToken.None);

        AssertHolds(output.Target, site);
    }

    [Fact]
    public async Task A_rebuild_trusts_the_record_of_a_file_whose_length_and_time_are_unchanged_and_reads_one_whose_time_moved()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        OutputFile[] site = [File("index.html", "home"), File("a/index.html", "page")];
        await output.CommitAsync(site, CancellationToken.None);
        await output.CommitAsync(site, CancellationToken.None);
        var trusted = Path.Combine(output.Spare, "index.html");
        var changed = Path.Combine(output.Spare, "a/index.html");
        var trustedTime = System.IO.File.GetLastWriteTimeUtc(trusted);
        System.IO.File.WriteAllText(trusted, "HOME"); // Same length, and its time put back: the quick check cannot see it.
        System.IO.File.SetLastWriteTimeUtc(trusted, trustedTime);
        System.IO.File.WriteAllText(changed, "PAGE"); // Same length, a new time: compared, and put right.

        await output.CommitAsync(site, CancellationToken.None);

        Assert.Equal("HOME", System.IO.File.ReadAllText(Path.Combine(output.Target, "index.html")));
        Assert.Equal("page", System.IO.File.ReadAllText(Path.Combine(output.Target, "a/index.html")));
        Assert.True(System.IO.File.Exists(temp.Combine("._site.manifest")) && System.IO.File.Exists(temp.Combine("._site.spare.manifest")));
    }

    [Fact]
    public async Task Files_staged_early_are_published_only_as_the_commit_lists_them()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        await output.CommitAsync([File("index.html", "before")], CancellationToken.None);

        await using (var build = output.Begin(CancellationToken.None))
        {
            var page = File("a/index.html", "a");
            _ = build.Stage([page, File("dropped/index.html", "staged, then not committed"), File("index.html", "first draft")]);
            _ = build.Stage([File("b/c/data.json", "{}")]);
            await build.CommitAsync([page, File("index.html", "final"), File("b/c/data.json", "{}")], CancellationToken.None);
        }

        AssertHolds(output.Target, [File("a/index.html", "a"), File("index.html", "final"), File("b/c/data.json", "{}")]);
    }

    [Fact]
    public async Task A_build_that_stages_files_but_never_commits_leaves_the_site_as_it_was()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        OutputFile[] site = [File("index.html", "good"), File("a/index.html", "a")];
        await output.CommitAsync(site, CancellationToken.None);

        await using (var build = output.Begin(CancellationToken.None))
        {
            _ = build.Stage([File("index.html", "broken"), File("new/index.html", "new")]);
        }

        AssertHolds(output.Target, site);
        await output.CommitAsync([File("index.html", "mended")], CancellationToken.None);
        AssertHolds(output.Target, [File("index.html", "mended")]);
    }

    [Fact]
    public async Task A_link_or_a_folder_where_a_file_now_goes_is_replaced_never_written_through()
    {
        using var temp = new TempFolder();
        var outside = temp.Combine("outside.txt");
        System.IO.File.WriteAllText(outside, "keep");
        var output = new DirectoryOutput(temp.Combine("_site"));
        await output.CommitAsync([File("index.html", "home")], CancellationToken.None);
        await output.CommitAsync([File("index.html", "home")], CancellationToken.None);
        System.IO.File.CreateSymbolicLink(Path.Combine(output.Spare, "page.html"), outside);
        Directory.CreateDirectory(Path.Combine(output.Spare, "data.json", "inside"));
        System.IO.File.WriteAllText(Path.Combine(output.Spare, "folder"), "a file where a folder goes");

        OutputFile[] site = [File("index.html", "home"), File("page.html", "page"), File("data.json", "{}"), File("folder/index.html", "f")];
        await using (var build = output.Begin(CancellationToken.None))
        {
            _ = build.Stage(site);
            await build.CommitAsync(site, CancellationToken.None);
        }

        Assert.Equal("keep", System.IO.File.ReadAllText(outside));
        AssertHolds(output.Target, site);
    }

    private static readonly DateTime Old = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static IEnumerable<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories);

    private static void MarkOld(string root)
    {
        foreach (var path in Files(root))
        {
            System.IO.File.SetLastWriteTimeUtc(path, Old);
        }
    }

    private static void AssertHolds(string root, OutputFile[] files)
    {
        var expected = files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content.Span));
        var actual = TempFolder.Snapshot(root).ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value));
        Assert.Equal(expected.OrderBy(f => f.Key, StringComparer.Ordinal), actual.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories), d => !Directory.EnumerateFileSystemEntries(d).Any());
    }

    [Fact]
    public async Task A_staging_folder_left_by_a_killed_build_is_cleaned_up_and_the_site_untouched()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("_site");
        await new DirectoryOutput(target).CommitAsync([File("index.html", "good")], CancellationToken.None);
        Directory.CreateDirectory(temp.Combine("._site.staging-99999", "half"));

        await new DirectoryOutput(target).CommitAsync([File("index.html", "newer")], CancellationToken.None);

        Assert.Equal("newer", System.IO.File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.False(Directory.Exists(temp.Combine("._site.staging-99999")));
    }

    [Fact]
    public async Task A_cancelled_commit_leaves_the_previous_site()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("_site");
        await new DirectoryOutput(target).CommitAsync([File("index.html", "good")], CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new DirectoryOutput(target).CommitAsync([File("index.html", "bad")], cancelled.Token));

        Assert.Equal("good", System.IO.File.ReadAllText(Path.Combine(target, "index.html")));
    }
}
