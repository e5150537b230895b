using System.Text;
using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

/// <summary>
/// The folder sync creates each file it writes anew rather than opening and truncating one (see NewFile):
/// whatever is at the path when it writes, the file ends with the build's bytes and nothing of what was there.
/// </summary>
public class FolderSyncTests
{
    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_file_that_appeared_after_the_folder_was_listed_is_replaced_whole()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("site");
        var sync = new FolderSync(root);
        Directory.CreateDirectory(Path.Combine(root, "a"));
        System.IO.File.WriteAllText(Path.Combine(root, "a/index.html"), "a longer text that someone else wrote meanwhile");

        sync.Finish([File("a/index.html", "ours")], CancellationToken.None);

        Assert.Equal("ours", System.IO.File.ReadAllText(Path.Combine(root, "a/index.html")));
        Assert.True(sync.Manifest.TryGet("a/index.html", out var recorded));
        Assert.Equal(4, recorded.Length);
    }

    [Fact]
    public void A_file_handed_over_twice_with_different_bytes_holds_the_second()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("site");
        var sync = new FolderSync(root);

        sync.Write([File("data.json", "{\"first\": \"a longer version\"}")], CancellationToken.None);
        sync.Finish([File("data.json", "{}")], CancellationToken.None);

        Assert.Equal("{}", System.IO.File.ReadAllText(Path.Combine(root, "data.json")));
    }

    [Fact]
    public void A_file_kept_from_the_last_build_with_other_bytes_is_rewritten_to_the_new_length()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("site");
        new FolderSync(root).Finish([File("index.html", "the previous home page, longer than the next")], CancellationToken.None);

        new FolderSync(root).Finish([File("index.html", "home")], CancellationToken.None);

        Assert.Equal("home", System.IO.File.ReadAllText(Path.Combine(root, "index.html")));
    }

    [Fact]
    public void A_large_batch_written_on_two_threads_makes_way_and_writes_every_file()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("site");
        var outside = temp.Combine("outside.txt");
        System.IO.File.WriteAllText(outside, "not the site's");
        Directory.CreateDirectory(Path.Combine(root, "page-3/index.html")); // A folder where a file goes.
        System.IO.File.WriteAllText(Path.Combine(root, "page-4"), "a file where a folder goes");
        Directory.CreateDirectory(Path.Combine(root, "page-5"));
        System.IO.File.CreateSymbolicLink(Path.Combine(root, "page-5/index.html"), outside); // Never written through.
        var files = Enumerable.Range(0, 300).Select(i => File($"page-{i}/index.html", $"page {i}")).ToList();
        using var helper = new HelperThread("test helper");

        var sync = new FolderSync(root);
        sync.Write(files.Take(150).ToList(), CancellationToken.None, helper);
        sync.Finish(files, CancellationToken.None, helper);

        Assert.All(Enumerable.Range(0, 300), i => Assert.Equal($"page {i}", System.IO.File.ReadAllText(Path.Combine(root, $"page-{i}/index.html"))));
        Assert.Equal("not the site's", System.IO.File.ReadAllText(outside));
        Assert.Null(new FileInfo(Path.Combine(root, "page-5/index.html")).LinkTarget);
        Assert.Equal(300, files.Count(f => sync.Manifest.TryGet(f.Path, out _)));
    }

    [Fact]
    public void A_failure_in_the_helpers_half_fails_the_batch_after_both_halves_stop()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("site");
        var files = Enumerable.Range(0, 64).Select(i => File($"page-{i}/index.html", $"page {i}")).ToList();
        files[1] = File($"page-1/{new string('x', 300)}.html", "a name longer than any file system allows"); // Odd: the helper's.
        using var helper = new HelperThread("test helper");
        var sync = new FolderSync(root);

        Assert.ThrowsAny<IOException>(() => sync.Write(files, CancellationToken.None, helper));

        Assert.All(Enumerable.Range(0, 32), i => Assert.Equal($"page {2 * i}", System.IO.File.ReadAllText(Path.Combine(root, $"page-{2 * i}/index.html"))));
        sync.Write([File("after.html", "the helper still works")], CancellationToken.None, helper);
        Assert.True(System.IO.File.Exists(Path.Combine(root, "after.html")));
    }

    [Fact]
    public void A_large_batch_naming_one_file_twice_ends_with_the_later_bytes()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("site");
        var files = Enumerable.Range(0, 64).Select(i => File($"page-{i}/index.html", $"page {i}")).ToList();
        files.Add(File("page-0/index.html", "the later bytes"));
        using var helper = new HelperThread("test helper");

        new FolderSync(root).Write(files, CancellationToken.None, helper);

        Assert.Equal("the later bytes", System.IO.File.ReadAllText(Path.Combine(root, "page-0/index.html")));
    }
}
