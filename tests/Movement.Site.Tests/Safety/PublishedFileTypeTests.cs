using Movement.Site.Assets;
using Movement.Testing;

namespace Movement.Site.Tests.Safety;

/// <summary>What is published from input/ is an allow-list: documents, images, data and media, never active content.</summary>
public class PublishedFileTypeTests
{
    [Fact]
    public async Task An_html_page_with_a_script_beside_it_is_never_published_and_both_are_errors()
    {
        var site = await TestSite.BuildAsync("""
            -- files/x.html --
            <script src="x.js"></script>
            -- files/x.js --
            document.title = 'owned';
            -- files/report.pdf --
            %PDF
            """);

        site.AssertDiagnostic("MV0414", "files/x.html", 1);
        site.AssertDiagnostic("MV0414", "files/x.js", 1);
        Assert.Equal(2, site.Errors.Count);
        site.AssertFailedWithoutOutput();
        Assert.False(site.Has("files/x.html"));
        Assert.False(site.Has("files/x.js"));
    }

    [Fact]
    public async Task A_word_draft_is_published_and_its_lock_file_is_not()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/draft.docx --
            PK
            -- briefs/~$draft.docx --
            lock
            """);

        site.AssertSucceeded();
        Assert.True(site.Has("briefs/draft.docx"));
        Assert.False(site.Has("briefs/~$draft.docx"));
        site.AssertDiagnostic("MV0415", "briefs/~$draft.docx", 1);
    }

    [Theory]
    [InlineData("files/a.pdf", FileKind.Published)]
    [InlineData("files/A.PDF", FileKind.Published)]
    [InlineData("files/pack.zip", FileKind.Published)]
    [InlineData("files/logo.svg", FileKind.Published)]
    [InlineData("files/photo.JPEG", FileKind.Published)]
    [InlineData("files/week.ics", FileKind.Published)]
    [InlineData("files/talk.mp4", FileKind.Published)]
    [InlineData("files/page.HTM", FileKind.Active)]
    [InlineData("files/app.mjs", FileKind.Active)]
    [InlineData("files/x.svgz", FileKind.Active)]
    [InlineData("files/~$slides.pptx", FileKind.Leftover)]
    [InlineData("files/desktop.ini", FileKind.Leftover)]
    [InlineData("files/notes.txt.bak", FileKind.Leftover)]
    [InlineData("files/setup.dmg", FileKind.Unknown)]
    [InlineData("files/README", FileKind.Unknown)]
    public void Each_file_is_classified_by_one_list(string path, FileKind kind) => Assert.Equal(kind, PublishedFileTypes.KindOf(path));

    [Fact]
    public void No_type_is_both_published_and_active() => Assert.Empty(PublishedFileTypes.Allowed.Intersect(PublishedFileTypes.Active));
}
