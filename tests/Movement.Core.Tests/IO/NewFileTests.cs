using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

/// <summary>NewFile makes files as .NET would, with fewer system calls on Linux: the same bytes, rights and errors.</summary>
public class NewFileTests
{
    [Fact]
    public void A_new_file_holds_exactly_the_bytes_written()
    {
        using var temp = new TempFolder();
        var bytes = Enumerable.Range(0, 3 << 20).Select(i => (byte)(i * 7)).ToArray();

        NewFile.Write(temp.Combine("big.bin"), bytes);
        NewFile.Write(temp.Combine("empty.bin"), []);

        Assert.Equal(bytes, File.ReadAllBytes(temp.Combine("big.bin")));
        Assert.Empty(File.ReadAllBytes(temp.Combine("empty.bin")));
    }

    [Fact]
    public void A_file_already_there_is_replaced_whole_not_written_over()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("page.html");
        File.WriteAllText(path, "a longer text that was there before");

        NewFile.Write(path, "ours"u8);

        Assert.Equal("ours", File.ReadAllText(path));
    }

    [Fact]
    public void A_new_file_gets_the_rights_any_new_file_of_dotnet_gets()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No Unix rights to compare.
        }

        using var temp = new TempFolder();
        File.WriteAllBytes(temp.Combine("theirs"), [1]);
        NewFile.Write(temp.Combine("ours"), [1]);

        Assert.Equal(File.GetUnixFileMode(temp.Combine("theirs")), File.GetUnixFileMode(temp.Combine("ours")));
    }

    [Fact]
    public void A_missing_folder_is_reported_as_dotnet_reports_it()
    {
        using var temp = new TempFolder();

        Assert.Throws<DirectoryNotFoundException>(() => NewFile.Write(temp.Combine("missing/page.html"), [1]));
    }
}
