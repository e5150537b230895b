using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

/// <summary>
/// Files over the input's size limit (a small limit here, 100 MB in a build) are refused like links that lead out:
/// not listed, not found, never read, whether reached directly or through a link inside the folder.
/// </summary>
public sealed class PhysicalFileSystemSizeTests : IDisposable
{
    private const long Limit = 16;
    private readonly TempFolder _temp = new();
    private readonly string _input;

    public PhysicalFileSystemSizeTests()
    {
        _input = _temp.Combine("input");
        Directory.CreateDirectory(Path.Combine(_input, "files"));
        File.WriteAllText(Path.Combine(_input, "files", "small.pdf"), "%PDF small");
        File.WriteAllText(Path.Combine(_input, "files", "video.mp4"), new string('v', (int)Limit + 1));
        File.WriteAllText(Path.Combine(_input, "files", "exact.pdf"), new string('e', (int)Limit));
    }

    public void Dispose() => _temp.Dispose();

    private PhysicalFileSystem Input => new(_input, Limit);

    [Fact]
    public void A_file_over_the_limit_is_refused_and_never_read()
    {
        Assert.Equal(["files/exact.pdf", "files/small.pdf"], Input.ListFiles());
        Assert.Equal([new RefusedFile("files/video.mp4", FileRefusal.TooLarge)], Input.ListRefusedFiles());
        Assert.False(Input.Exists("files/video.mp4"));
        Assert.Throws<FileNotFoundException>(() => Input.ReadAllBytes("files/video.mp4"));
        Assert.Equal(Limit, Input.ReadAllBytes("files/exact.pdf").Length);
    }

    [Fact]
    public void A_link_inside_the_folder_to_a_file_over_the_limit_is_refused_too()
    {
        File.CreateSymbolicLink(Path.Combine(_input, "files", "clip.mp4"), Path.Combine(_input, "files", "video.mp4"));

        Assert.Contains(new RefusedFile("files/clip.mp4", FileRefusal.TooLarge), Input.ListRefusedFiles());
        Assert.DoesNotContain("files/clip.mp4", Input.ListFiles());
        Assert.False(Input.Exists("files/clip.mp4"));
        Assert.Throws<FileNotFoundException>(() => Input.ReadAllBytes("files/clip.mp4"));
    }
}
