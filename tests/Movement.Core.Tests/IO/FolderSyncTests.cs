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
}
