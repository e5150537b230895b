using System.Diagnostics;
using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

/// <summary>The one-call open of an input file that refuses every symbolic link on its path (Linux only; elsewhere it never answers).</summary>
public sealed class LinkFreeFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Real => Path.GetFullPath(_temp.Combine("."));

    /// <summary>The answer on Linux; every other system always has its caller follow links itself.</summary>
    private static LinkFreeAnswer OnLinux(LinkFreeAnswer answer) => OperatingSystem.IsLinux() ? answer : LinkFreeAnswer.Unknown;

    [Fact]
    public void A_plain_file_is_read_and_measured()
    {
        var file = Path.Combine(Real, "notes.md");
        File.WriteAllText(file, "# Notes");

        var read = LinkFreeFile.TryRead(file, out var bytes);
        var measured = LinkFreeFile.TryMeasure(file, out var length);

        Assert.Equal(OnLinux(LinkFreeAnswer.File), read);
        Assert.Equal(read, measured);
        if (read == LinkFreeAnswer.File)
        {
            Assert.Equal("# Notes", System.Text.Encoding.UTF8.GetString(bytes));
            Assert.Equal(7, length);
        }
    }

    [Fact]
    public void An_empty_file_is_read_as_no_bytes()
    {
        var file = Path.Combine(Real, "empty.md");
        File.WriteAllBytes(file, []);

        if (LinkFreeFile.TryRead(file, out var bytes) == LinkFreeAnswer.File)
        {
            Assert.Empty(bytes);
        }
    }

    [Fact]
    public void A_link_at_the_end_or_on_the_way_is_left_to_the_caller()
    {
        Directory.CreateDirectory(Path.Combine(Real, "real"));
        File.WriteAllText(Path.Combine(Real, "real", "a.md"), "a");
        File.CreateSymbolicLink(Path.Combine(Real, "link.md"), Path.Combine(Real, "real", "a.md"));
        Directory.CreateSymbolicLink(Path.Combine(Real, "folder"), Path.Combine(Real, "real"));

        Assert.Equal(OnLinux(LinkFreeAnswer.File), LinkFreeFile.TryRead(Path.Combine(Real, "real", "a.md"), out _));
        Assert.Equal(LinkFreeAnswer.Unknown, LinkFreeFile.TryRead(Path.Combine(Real, "link.md"), out _));
        Assert.Equal(LinkFreeAnswer.Unknown, LinkFreeFile.TryRead(Path.Combine(Real, "folder", "a.md"), out _));
        Assert.Equal(LinkFreeAnswer.Unknown, LinkFreeFile.TryMeasure(Path.Combine(Real, "folder", "a.md"), out _));
    }

    [Fact]
    public void Nothing_there_a_folder_and_a_pipe_are_not_files()
    {
        Assert.Equal(OnLinux(LinkFreeAnswer.NotAFile), LinkFreeFile.TryRead(Path.Combine(Real, "missing.md"), out _));
        Assert.Equal(OnLinux(LinkFreeAnswer.NotAFile), LinkFreeFile.TryRead(Path.Combine(Real, "missing", "a.md"), out _));
        Assert.Equal(OnLinux(LinkFreeAnswer.NotAFile), LinkFreeFile.TryRead(Real, out _));
        if (OperatingSystem.IsLinux())
        {
            var pipe = Path.Combine(Real, "pipe");
            using (var mkfifo = Process.Start("mkfifo", [pipe]))
            {
                mkfifo.WaitForExit();
            }

            Assert.Equal(LinkFreeAnswer.NotAFile, LinkFreeFile.TryRead(pipe, out _)); // and without waiting for a writer
            Assert.Equal(LinkFreeAnswer.NotAFile, LinkFreeFile.TryMeasure(pipe, out _));
        }
    }
}
