using Movement.Core.IO;

namespace Movement.Core.Tests.IO;

public class GlobTests
{
    [Theory]
    [InlineData("briefs/*.md", "briefs/a.md", true)]
    [InlineData("briefs/*.md", "briefs/sub/a.md", false)]
    [InlineData("awareness-week/*/index.md", "awareness-week/2025/index.md", true)]
    [InlineData("**/*.pdf", "files/briefs/a.pdf", true)]
    [InlineData("**/*.pdf", "a.pdf", true)]
    [InlineData("{members/*.yml,members.csv}", "members.csv", true)]
    [InlineData("{members/*.yml,members.csv}", "members/a.yml", true)]
    [InlineData("{members/*.yml,members.csv}", "members/a.md", false)]
    [InlineData("a.md", "aXmd", false)]
    public void Patterns_match_paths(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new Glob(pattern).IsMatch(path));
}
