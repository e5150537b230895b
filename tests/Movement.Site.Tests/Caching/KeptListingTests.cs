using Movement.Core.IO;
using Movement.Site.Caching;
using Movement.Testing;

namespace Movement.Site.Tests.Caching;

public sealed class KeptListingTests
{
    private readonly EditableFileSystem _input = new(new Dictionary<string, byte[]>
    {
        ["briefs/a.md"] = "---\ntitle: A\n---\nBody\n"u8.ToArray(),
        ["site.yml"] = "title: T\n"u8.ToArray(),
    });

    [Fact]
    public void An_edit_to_a_listed_file_keeps_the_listing()
    {
        var listing = new KeptListing(_input);
        var first = listing.ListFiles();
        _input.Write("briefs/a.md", "---\ntitle: A again\n---\nBody\n");
        listing.Forget(["briefs/a.md"]);
        Assert.Same(first, listing.ListFiles());
    }

    [Fact]
    public void A_new_file_is_listed()
    {
        var listing = new KeptListing(_input);
        _ = listing.ListFiles();
        _input.Write("briefs/b.md", "---\ntitle: B\n---\nBody\n");
        listing.Forget(["briefs/b.md"]);
        Assert.Contains("briefs/b.md", listing.ListFiles());
    }

    [Fact]
    public void A_deleted_file_is_no_longer_listed()
    {
        var listing = new KeptListing(_input);
        _ = listing.ListFiles();
        _input.Delete("briefs/a.md");
        listing.Forget(["briefs/a.md"]);
        Assert.DoesNotContain("briefs/a.md", listing.ListFiles());
    }

    [Fact]
    public void Unknown_changes_list_again()
    {
        var listing = new KeptListing(_input);
        var first = listing.ListFiles();
        listing.Forget(null);
        Assert.NotSame(first, listing.ListFiles());
    }
}
