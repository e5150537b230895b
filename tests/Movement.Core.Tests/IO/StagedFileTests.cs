using System.IO.Hashing;
using System.Text;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Core.Tests.IO;

/// <summary>A build that drops what it staged: the output reads it back, and the commit publishes it unchanged.</summary>
public class StagedFileTests
{
    [Fact]
    public async Task A_file_staged_then_committed_by_digest_alone_is_published_with_its_bytes()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        var page = Encoding.UTF8.GetBytes("<p>Page one</p>");
        await using (var build = output.Begin(CancellationToken.None))
        {
            Assert.True(build.KeepsStaged);
            await build.Stage([new OutputFile("one/index.html", page)]);

            Assert.Equal(page, build.ReadStaged("one/index.html").ToArray());
            var stored = new StoredContent(page.Length, XxHash3.HashToUInt64(page), isText: true, "one/index.html", build.ReadStaged);
            await build.CommitAsync([OutputFile.StagedAs("one/index.html", stored), new OutputFile("two.txt", "two"u8.ToArray())], CancellationToken.None);
        }

        Assert.Equal("<p>Page one</p>", File.ReadAllText(Path.Combine(output.Target, "one/index.html")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(output.Target, "two.txt")));
    }

    [Fact]
    public async Task A_commit_naming_a_staged_file_that_was_never_written_fails_and_leaves_the_site_alone()
    {
        using var temp = new TempFolder();
        var output = new DirectoryOutput(temp.Combine("_site"));
        await output.CommitAsync([new OutputFile("index.html", "old"u8.ToArray())], CancellationToken.None);

        await using (var build = output.Begin(CancellationToken.None))
        {
            var stored = new StoredContent(3, 42, isText: true, "index.html", _ => ReadOnlyMemory<byte>.Empty);
            await Assert.ThrowsAsync<InvalidOperationException>(() => build.CommitAsync([OutputFile.StagedAs("index.html", stored)], CancellationToken.None));
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(output.Target, "index.html")));
    }

    [Fact]
    public void A_released_document_reads_its_content_back_as_it_was_and_new_content_replaces_it()
    {
        var reads = 0;
        var html = "<h1 id=\"a\">Café</h1>";
        var text = new Document { Destination = "a.html", Text = html }.With(CoreKeys.Url, "/a/");
        var released = text.Released(new StoredContent(Encoding.UTF8.GetByteCount(html), 1, isText: true, "a.html", _ => { reads++; return Encoding.UTF8.GetBytes(html); }));

        Assert.NotNull(released.Stored);
        Assert.Equal("/a/", released.Get(CoreKeys.Url));
        Assert.Equal(html, released.Text);
        Assert.Null(released.Bytes);
        Assert.Equal(Encoding.UTF8.GetBytes(html), released.ContentBytes().ToArray());
        Assert.Equal(2, reads);

        var changed = released with { Text = "new" };
        Assert.Null(changed.Stored);
        Assert.Equal("new", changed.Text);
        Assert.Null(changed.Bytes);
        Assert.Equal(2, reads);

        var binary = new Document { Destination = "x.pdf", Bytes = new byte[] { 1, 2, 3 } }
            .Released(new StoredContent(3, 2, isText: false, "x.pdf", _ => new byte[] { 1, 2, 3 }));
        Assert.Equal(new byte[] { 1, 2, 3 }, binary.Bytes!.Value.ToArray());
        Assert.Equal("", binary.Text);
    }
}
