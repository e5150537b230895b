using System.Text;
using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

public sealed class SnapshotFileSystemTests
{
    [Fact]
    public void It_reads_a_file_again_only_when_told_the_file_changed()
    {
        var source = new EditableFileSystem(new Dictionary<string, byte[]> { ["briefs/a.md"] = "one"u8.ToArray(), ["briefs/b.md"] = "two"u8.ToArray() });
        var snapshot = new SnapshotFileSystem(source);
        Assert.Equal("one", Encoding.UTF8.GetString(snapshot.ReadAllBytes("briefs/a.md")));
        Assert.Equal(2, snapshot.ListFiles().Count);

        source.Write("briefs/a.md", "edited");
        source.Write("briefs/c.md", "new");
        Assert.Equal("one", Encoding.UTF8.GetString(snapshot.ReadAllBytes("briefs/a.md")));
        Assert.Equal(["briefs/a.md", "briefs/b.md"], snapshot.ListFiles());

        snapshot.Forget(["briefs/a.md", "briefs/c.md"]);
        Assert.Equal("edited", Encoding.UTF8.GetString(snapshot.ReadAllBytes("briefs/a.md")));
        Assert.Equal(["briefs/a.md", "briefs/b.md", "briefs/c.md"], snapshot.ListFiles());
    }

    [Fact]
    public void Forgetting_a_folder_forgets_the_files_in_it()
    {
        var source = new EditableFileSystem(new Dictionary<string, byte[]> { ["news/a.md"] = "one"u8.ToArray() });
        var snapshot = new SnapshotFileSystem(source);
        Assert.True(snapshot.Exists("news/a.md"));

        source.Delete("news/a.md");
        snapshot.Forget(["news"]);

        Assert.False(snapshot.Exists("news/a.md"));
        Assert.Empty(snapshot.ListFiles());
    }
}
