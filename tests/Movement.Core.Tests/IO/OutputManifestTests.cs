using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

public class OutputManifestTests
{
    [Fact]
    public void A_saved_manifest_reads_back_with_every_file_written_before_it()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("site.manifest");
        var earlier = DateTime.UtcNow.AddMinutes(-1).Ticks;
        var entries = new Dictionary<string, OutputManifestEntry>(StringComparer.Ordinal)
        {
            ["index.html"] = new(120, earlier, ulong.MaxValue),
            ["a folder/with spaces.json"] = new(0, earlier + 1, 42),
        };

        new OutputManifest(entries).Save(file);
        var loaded = OutputManifest.Load(file);

        Assert.Equal(2, loaded.Count);
        Assert.True(loaded.TryGet("a folder/with spaces.json", out var spaced));
        Assert.Equal(entries["a folder/with spaces.json"], spaced);
        Assert.True(loaded.TryGet("index.html", out var index));
        Assert.Equal(entries["index.html"], index);
        Assert.False(File.Exists(file + ".tmp"));
    }

    [Fact]
    public void A_file_written_as_late_as_the_manifest_is_not_trusted()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("site.manifest");
        new OutputManifest(new Dictionary<string, OutputManifestEntry>(StringComparer.Ordinal)
        {
            ["old.html"] = new(1, DateTime.UtcNow.AddMinutes(-1).Ticks, 1),
            ["racy.html"] = new(1, DateTime.UtcNow.AddMinutes(1).Ticks, 2),
        }).Save(file);

        var loaded = OutputManifest.Load(file);

        Assert.True(loaded.TryGet("old.html", out _));
        Assert.False(loaded.TryGet("racy.html", out _), "A file changed in the manifest's own tick may have changed unseen.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("some other file\n1 2 3 index.html\n")]
    [InlineData("movement-output-manifest 1\nnot numbers at all index.html\n")]
    public void A_missing_or_foreign_manifest_is_empty(string? text)
    {
        using var temp = new TempFolder();
        var file = temp.Combine("site.manifest");
        if (text is not null)
        {
            File.WriteAllText(file, text);
        }

        Assert.Equal(0, OutputManifest.Load(file).Count);
    }
}
