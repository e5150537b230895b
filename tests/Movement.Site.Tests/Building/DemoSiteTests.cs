using Movement.Site.Building;
using Movement.Testing;

namespace Movement.Site.Tests.Building;

/// <summary>Broad checks of the demo site in input/: what a new user builds first.</summary>
public class DemoSiteTests
{
    [Fact]
    public async Task The_demo_site_builds_without_errors_or_warnings()
    {
        var site = await DemoSite.BuildAsync();

        site.AssertSucceeded();
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public async Task The_demo_site_has_the_content_the_product_promises()
    {
        var site = await DemoSite.BuildAsync();
        int Count(string pattern) => site.Files.Keys.Count(new Movement.Core.IO.Glob(pattern).IsMatch);

        Assert.InRange(Count("briefs/*/index.html"), 6, 1000);
        Assert.InRange(Count("theory-of-change/*/index.html"), 1, 1000);
        Assert.InRange(Count("awareness-week/*/index.html"), 3, 1000);
        Assert.InRange(Count("awareness-week/*/resources/*/index.html"), 12, 1000);
        Assert.InRange(Count("news/*/index.html") - Count("news/page/index.html"), 8, 1000);
        Assert.InRange(Count("members/*/index.html") - Count("members/{nation,type}/index.html"), 25, 1000);
        foreach (var nation in new[] { "england", "scotland", "wales", "northern-ireland" })
        {
            Assert.True(site.Html($"members/nation/{nation}/index.html").QuerySelectorAll(".members > li").Length > 0, $"No members in {nation}.");
        }

        Assert.True(site.Has("about/index.html") && site.Has("accessibility/index.html") && site.Has("privacy/index.html"));
    }

    [Fact]
    public async Task The_demo_home_page_sets_out_the_five_calls_and_the_awareness_week()
    {
        var home = (await DemoSite.BuildAsync()).Html("index.html");

        Assert.Equal(5, home.QuerySelectorAll("[aria-labelledby=calls-title] .asks li").Length);
        Assert.Contains("Awareness Week", home.QuerySelector("#week-title")!.TextContent);
    }

    [Fact]
    public async Task Every_content_file_of_the_demo_gets_its_own_page()
    {
        var site = await DemoSite.BuildAsync();
        var items = site.Report.Files.Count(f => f.Path.EndsWith("index.html", StringComparison.Ordinal));

        var sources = Directory.EnumerateFiles(RepositoryRoot.DemoInput, "*.md", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("status: draft"))
            .Count()
            + Directory.EnumerateFiles(Path.Combine(RepositoryRoot.DemoInput, "members"), "*.yml").Count()
            + File.ReadAllLines(Path.Combine(RepositoryRoot.DemoInput, "members.csv")).Skip(1).Count(l => l.Trim().Length > 0);
        Assert.True(items > sources, $"{items} pages for {sources} content items: each item has a page, plus listings.");
    }
}
