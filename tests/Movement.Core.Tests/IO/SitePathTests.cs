using Movement.Core.IO;

namespace Movement.Core.Tests.IO;

public class SitePathTests
{
    [Theory]
    [InlineData("briefs", "x.pdf", "briefs/x.pdf")]
    [InlineData("briefs", "/files/x.pdf", "files/x.pdf")]
    [InlineData("awareness-week/2025/resources", "../poster.svg", "awareness-week/2025/poster.svg")]
    [InlineData("briefs", "./a/./b.pdf", "briefs/a/b.pdf")]
    public void References_resolve_from_the_content_folder_or_the_root(string from, string reference, string expected) =>
        Assert.Equal(expected, SitePath.Resolve(from, reference));

    [Theory]
    [InlineData("briefs", "../../secret")]
    [InlineData("", "../x")]
    public void References_that_climb_above_the_input_are_null(string from, string reference) =>
        Assert.Null(SitePath.Resolve(from, reference));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/briefs/x/", "briefs/x/index.html")]
    [InlineData("/404.html", "404.html")]
    public void Page_urls_map_to_output_files_and_back(string url, string file)
    {
        Assert.Equal(file, SitePath.OutputFileForUrl(url));
        Assert.Equal(url, SitePath.UrlForOutputFile(file));
    }
}
