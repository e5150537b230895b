using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

/// <summary>
/// Real symbolic links in a temp folder: nothing that resolves outside the input folder is listed or read,
/// whatever way it is reached (a file link, a folder link, a link inside a linked folder, a chain, a circle).
/// </summary>
public sealed class PhysicalFileSystemLinkTests : IDisposable
{
    private const string Secret = "SECRET-FROM-OUTSIDE";
    private readonly TempFolder _temp = new();
    private readonly string _input;
    private readonly string _outsideFile;
    private readonly string _outsideFolder;

    public PhysicalFileSystemLinkTests()
    {
        _input = _temp.Combine("input");
        _outsideFile = _temp.Combine("passwd"); // stands in for /etc/passwd
        _outsideFolder = _temp.Combine("etc");
        Directory.CreateDirectory(Path.Combine(_input, "files"));
        Directory.CreateDirectory(_outsideFolder);
        File.WriteAllText(_outsideFile, Secret);
        File.WriteAllText(Path.Combine(_outsideFolder, "environ"), Secret);
        File.WriteAllText(Path.Combine(_input, "files", "real.pdf"), "%PDF real");
    }

    public void Dispose() => _temp.Dispose();

    private PhysicalFileSystem Input => new(_input);

    private void Link(string path, string target)
    {
        var full = Path.Combine(_input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    [Fact]
    public void A_link_to_a_file_outside_is_refused_and_never_read()
    {
        Link("files/x.pdf", _outsideFile);

        Assert.DoesNotContain("files/x.pdf", Input.ListFiles());
        Assert.Equal([new RefusedFile("files/x.pdf", FileRefusal.Outside)], Input.ListRefusedFiles());
        Assert.False(Input.Exists("files/x.pdf"));
        Assert.Throws<FileNotFoundException>(() => Input.ReadAllBytes("files/x.pdf"));
        Assert.Throws<FileNotFoundException>(() => Input.Length("files/x.pdf"));
    }

    [Fact]
    public void A_relative_link_that_climbs_out_is_refused()
    {
        Link("files/up.pdf", "../../passwd");

        Assert.Equal([new RefusedFile("files/up.pdf", FileRefusal.Outside)], Input.ListRefusedFiles());
        Assert.False(Input.Exists("files/up.pdf"));
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_refused_and_nothing_in_it_is_listed_or_read()
    {
        Link("files/etc", _outsideFolder);

        Assert.Equal([new RefusedFile("files/etc", FileRefusal.Outside)], Input.ListRefusedFiles());
        Assert.DoesNotContain(Input.ListFiles(), f => f.StartsWith("files/etc", StringComparison.Ordinal));
        Assert.False(Input.Exists("files/etc/environ"));
        Assert.Throws<FileNotFoundException>(() => Input.ReadAllBytes("files/etc/environ"));
    }

    [Fact]
    public void A_folder_link_inside_the_input_is_refused_too_and_a_file_reached_through_it_is_not_read()
    {
        Link("mirror", "files");
        Link("docs/outside", _outsideFolder);
        Link("files/via.pdf", "../docs/outside/environ"); // a file link whose path runs through a folder link

        Assert.Equal(
            [new RefusedFile("docs/outside", FileRefusal.Outside), new RefusedFile("files/via.pdf", FileRefusal.Outside), new RefusedFile("mirror", FileRefusal.Folder)],
            Input.ListRefusedFiles());
        Assert.Equal(["files/real.pdf"], Input.ListFiles());
        Assert.False(Input.Exists("files/via.pdf"));
    }

    [Fact]
    public void A_link_to_a_file_inside_the_input_is_read_as_that_file()
    {
        Link("briefs/copy.pdf", "../files/real.pdf");

        Assert.Empty(Input.ListRefusedFiles());
        Assert.Equal(["briefs/copy.pdf", "files/real.pdf"], Input.ListFiles());
        Assert.Equal("%PDF real", System.Text.Encoding.UTF8.GetString(Input.ReadAllBytes("briefs/copy.pdf")));
    }

    [Fact]
    public void A_link_to_a_hidden_file_inside_the_input_is_refused_like_one_outside()
    {
        File.WriteAllText(Path.Combine(_input, ".env"), Secret);
        Link("files/env.txt", "../.env");

        Assert.Equal([new RefusedFile("files/env.txt", FileRefusal.Outside)], Input.ListRefusedFiles());
        Assert.False(Input.Exists("files/env.txt"));
    }

    [Fact]
    public void A_dangling_link_and_a_circle_of_links_lead_nowhere()
    {
        Link("files/gone.pdf", "missing.pdf");
        Link("files/a.pdf", "b.pdf");
        Link("files/b.pdf", "a.pdf");
        Link("files/loop", "."); // a folder that contains itself

        Assert.Equal(
            [new RefusedFile("files/a.pdf", FileRefusal.Nowhere), new RefusedFile("files/b.pdf", FileRefusal.Nowhere),
             new RefusedFile("files/gone.pdf", FileRefusal.Nowhere), new RefusedFile("files/loop", FileRefusal.Folder)],
            Input.ListRefusedFiles());
        Assert.Equal(["files/real.pdf"], Input.ListFiles());
    }

    [Fact]
    public void Paths_named_by_content_cannot_climb_out_or_reach_hidden_files()
    {
        Assert.False(Input.Exists("../passwd"));
        Assert.False(Input.Exists("files/../../passwd"));
        Assert.Throws<FileNotFoundException>(() => Input.ReadAllBytes("../passwd"));
        Assert.True(Input.Exists("/files/real.pdf"));
    }

    [Fact]
    public void An_input_folder_reached_through_a_link_is_read_normally()
    {
        var linked = _temp.Combine("linked-input");
        Directory.CreateSymbolicLink(linked, _input);

        var input = new PhysicalFileSystem(linked);

        Assert.Equal(["files/real.pdf"], input.ListFiles());
        Assert.True(input.Exists("files/real.pdf"));
    }

    [Fact]
    public void A_snapshot_lists_the_refused_links_again_after_a_change()
    {
        var snapshot = new SnapshotFileSystem(Input);
        Assert.Empty(snapshot.ListRefusedFiles());

        Link("files/x.pdf", _outsideFile);
        snapshot.Forget(["files/x.pdf"]);

        Assert.Equal([new RefusedFile("files/x.pdf", FileRefusal.Outside)], snapshot.ListRefusedFiles());
    }

    [Fact]
    public void A_file_replaced_by_a_link_after_the_listing_is_not_read_through_it()
    {
        var input = Input;
        Assert.Equal(["files/real.pdf"], input.ListFiles());

        File.Delete(Path.Combine(_input, "files", "real.pdf"));
        Link("files/real.pdf", _outsideFile);

        Assert.False(input.Exists("files/real.pdf"));
        Assert.Throws<FileNotFoundException>(() => input.ReadAllBytes("files/real.pdf"));
        Assert.Throws<FileNotFoundException>(() => input.Length("files/real.pdf"));
    }

    [Fact]
    public void A_folder_on_the_way_replaced_by_a_link_outside_is_not_read_through()
    {
        var input = Input;
        Assert.True(input.Exists("files/real.pdf"));

        Directory.Delete(Path.Combine(_input, "files"), recursive: true);
        File.WriteAllText(Path.Combine(_outsideFolder, "real.pdf"), Secret);
        Link("files", _outsideFolder);

        Assert.False(input.Exists("files/real.pdf"));
        Assert.Throws<FileNotFoundException>(() => input.ReadAllBytes("files/real.pdf"));
    }

    [Fact]
    public void A_folder_is_not_a_file_to_read()
    {
        Assert.False(Input.Exists("files"));
        Assert.Throws<FileNotFoundException>(() => Input.ReadAllBytes("files"));
        Assert.Throws<FileNotFoundException>(() => Input.Length("files"));
        Assert.Equal(9, Input.Length("files/real.pdf"));
    }

    [Fact]
    public void Each_list_comes_from_a_walk_made_since_that_list_was_last_handed_out()
    {
        var input = Input;
        Assert.Equal(["files/real.pdf"], input.ListFiles());

        File.WriteAllText(Path.Combine(_input, "files", "new.pdf"), "%PDF new");
        Link("files/x.pdf", _outsideFile);

        Assert.Equal(["files/new.pdf", "files/real.pdf"], input.ListFiles());
        Assert.Equal([new RefusedFile("files/x.pdf", FileRefusal.Outside)], input.ListRefusedFiles());
        Assert.Equal([new RefusedFile("files/x.pdf", FileRefusal.Outside)], input.ListRefusedFiles());
    }
}
