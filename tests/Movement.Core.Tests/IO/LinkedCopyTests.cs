using System.IO.Hashing;
using Movement.Core.Documents;
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
        var (cached, card) = CachedCard(temp);
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

    [Fact]
    public async Task A_copy_known_by_length_and_digest_is_linked_and_never_read_in_a_new_folder_or_a_kept_one()
    {
        using var temp = new TempFolder();
        var (cached, card) = CachedCard(temp);
        var reads = 0;
        var known = new StoredContent(card.Length, XxHash3.HashToUInt64(card), isText: false, cached, path => { reads++; return File.ReadAllBytes(path); });
        var output = new DirectoryOutput(temp.Combine("_site"));

        // A new folder, its spare, then the site kept as it is.
        for (var build = 0; build < 3; build++)
        {
            await output.CommitAsync([OutputFile.CopiedFrom("cards/a.png", cached, known)], CancellationToken.None);
            Assert.Equal(card, File.ReadAllBytes(Path.Combine(output.Target, "cards/a.png")));
        }

        Assert.Equal(0, reads);
    }

    [Fact]
    public async Task A_copy_known_by_digest_whose_file_cannot_be_linked_is_written_from_the_bytes_read()
    {
        using var temp = new TempFolder();
        var card = "PNG card bytes"u8.ToArray();
        var known = new StoredContent(card.Length, XxHash3.HashToUInt64(card), isText: false, "elsewhere", _ => card);
        var output = new DirectoryOutput(temp.Combine("_site"));

        await output.CommitAsync([OutputFile.CopiedFrom("cards/a.png", temp.Combine("cache/missing.bin"), known)], CancellationToken.None);

        Assert.Equal(card, File.ReadAllBytes(Path.Combine(output.Target, "cards/a.png")));
    }

    /// <summary>A picture as the picture cache keeps it, outside the output.</summary>
    private static (string Path, byte[] Bytes) CachedCard(TempFolder temp)
    {
        var cached = temp.Combine("cache/card.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        var card = "PNG card bytes"u8.ToArray();
        File.WriteAllBytes(cached, card);
        return (cached, card);
    }
}
