using Movement.Core.Yaml;

namespace Movement.Core.Tests.Yaml;

public class FrontMatterTests
{
    [Fact]
    public void Front_matter_and_body_are_split_with_the_line_the_body_starts_on()
    {
        var split = FrontMatter.Split("---\ntitle: A\ndate: 2024-01-01\n---\nBody text\n");

        Assert.Equal("title: A\ndate: 2024-01-01\n", split.Yaml);
        Assert.Equal("Body text\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        var split = FrontMatter.Split("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n");

        Assert.Equal("title: A\n", split.Yaml);
        Assert.Equal("Body\n", split.Body);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_recognised()
    {
        var split = FrontMatter.Split("---\ntitle: A\nBody without a closing line\n");

        Assert.True(split.Unclosed);
        Assert.False(split.Present);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body()
    {
        var split = FrontMatter.Split("# Just Markdown\n");

        Assert.False(split.Present);
        Assert.False(split.Unclosed);
    }
}
