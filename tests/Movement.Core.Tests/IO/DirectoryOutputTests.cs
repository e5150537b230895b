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
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
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
