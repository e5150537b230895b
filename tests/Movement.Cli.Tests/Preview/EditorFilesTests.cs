using Movement.Cli.Preview;

namespace Movement.Cli.Tests.Preview;

public class EditorFilesTests
{
    [Theory]
    [InlineData("briefs/workforce.md~")]
    [InlineData("briefs/.workforce.md.swp")]
    [InlineData("briefs/.#workforce.md")]
    [InlineData("briefs/4913")]
    [InlineData("briefs/workforce.md___jb_tmp___")]
    [InlineData(".git/index")]
    public void Files_editors_write_beside_a_saved_one_are_scratch(string path) => Assert.True(EditorFiles.IsScratch(path));

    [Theory]
    [InlineData("briefs/workforce.md")]
    [InlineData("members.csv")]
    [InlineData("files/briefs/five-calls.pdf")]
    [InlineData("awareness-week/2025/resources/poster.svg")]
    public void Content_files_are_not_scratch(string path) => Assert.False(EditorFiles.IsScratch(path));
}
