using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

/// <summary>
/// A file the output may link rather than write (a picture the cache keeps): the site gets the same bytes, and
/// nothing the output writes later ever reaches the cached file through the link.
/// </summary>
public class LinkedCopyTests
{
    [Fact]
    public async Task A_linked_copy_is_published_and_later_builds_never_write_through_it()
    {
        using var temp = new TempFolder();
        var cached = temp.Combine("cache/card.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        var card = "PNG card bytes"u8.ToArray();
        File.WriteAllBytes(cached, card);
        var output = new DirectoryOutput(temp.Combine("_site"));
        var site = Path.Combine(output.Target, "cards/a.png");

        // Twice, so the double-buffered output has the linked file in the site and in its spare.
        for (var build = 0; build < 2; build++)
        {
            await output.CommitAsync([new OutputFile("cards/a.png", card) { CopyOf = cached }], CancellationToken.None);
            Assert.Equal(card, File.ReadAllBytes(site));
        }

        // New bytes at the same place, as staged, committed, and in both generations.
        for (var build = 0; build < 3; build++)
        {
            var redrawn = System.Text.Encoding.UTF8.GetBytes($"another card {build}");
            await output.CommitAsync([new OutputFile("cards/a.png", redrawn)], CancellationToken.None);
            Assert.Equal(redrawn, File.ReadAllBytes(site));
            Assert.Equal(card, File.ReadAllBytes(cached));
        }
    }

    [Fact]
    public async Task A_copy_of_a_file_that_is_gone_is_written_from_its_bytes()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        var card = "PNG card bytes"u8.ToArray();

        await output.CommitAsync([new OutputFile("cards/a.png", card) { CopyOf = temp.Combine("cache/missing.bin") }], CancellationToken.None);

        Assert.Equal(card, File.ReadAllBytes(Path.Combine(output.Target, "cards/a.png")));
    }

    [Fact]
    public async Task A_copy_whose_file_no_longer_holds_its_bytes_is_written_from_its_bytes()
    {
        using var temp = new TempFolder();
        var cached = temp.Combine("card.bin");
        File.WriteAllBytes(cached, "a shorter picture"u8.ToArray());
        var output = new DirectoryOutput(temp.Combine("_site"));
        var card = "the picture the build holds, longer"u8.ToArray();

        await output.CommitAsync([new OutputFile("cards/a.png", card) { CopyOf = cached }], CancellationToken.None);

        Assert.Equal(card, File.ReadAllBytes(Path.Combine(output.Target, "cards/a.png")));
        Assert.Equal("a shorter picture"u8.ToArray(), File.ReadAllBytes(cached));
    }
}
