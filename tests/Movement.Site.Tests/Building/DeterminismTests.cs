using Movement.Testing;

namespace Movement.Site.Tests.Building;

public class DeterminismTests
{
    [Fact]
    public async Task Two_builds_of_the_demo_site_give_byte_identical_files()
    {
        var input = DemoSite.Input();

        var first = await TestSite.BuildAsync(input);
        var second = await TestSite.BuildAsync(input);

        first.AssertSucceeded();
        Assert.Equal(first.Files.Keys, second.Files.Keys);
        Assert.All(first.Files, f => Assert.True(f.Value.Content.Span.SequenceEqual(second.Files[f.Key].Content.Span), $"{f.Key} differs between builds."));
    }
}
