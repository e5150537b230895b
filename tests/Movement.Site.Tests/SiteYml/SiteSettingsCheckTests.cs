using Movement.Testing;

namespace Movement.Site.Tests.SiteYml;

/// <summary>
/// site.yml's addresses go on every page and its names choose what the home page features, so they are
/// checked once, at their line: unsafe kinds refused, site pages link-checked, named content found.
/// </summary>
public class SiteSettingsCheckTests
{
    private static string Site(string settings, string content = "") =>
        $"-- site.yml --\ntitle: T\nbase_url: https://t.example\n{settings}\n" + content +
        string.Concat(Enumerable.Range(1, 12).Select(i => $"-- news/n{i}.md --\n---\ntitle: N{i}\nsummary: S\ndate: 2024-01-{i:00}\n---\nText\n"));

    [Fact]
    public async Task A_broken_navigation_link_is_reported_once_at_its_line_not_on_every_page()
    {
        var site = await TestSite.BuildAsync(Site("navigation:\n  - title: Briefs\n    url: /breifs/\n  - title: News\n    url: /news/"));

        var error = Assert.Single(site.Errors);
        Assert.Equal(("MV0302", "site.yml", 5), (error.Code, error.Location.Path, error.Location.Line));
        Assert.Contains("Did you mean '/briefs/'?", error.Hint);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("\" javascript:alert(1)\"")]
    [InlineData("\"java\\tscript:alert(1)\"")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https:evil.example")]
    [InlineData("\"#top\"")]
    [InlineData("news/")]
    public async Task Only_site_pages_and_web_mail_and_phone_addresses_are_allowed(string url)
    {
        var site = await TestSite.BuildAsync(Site($"navigation:\n  - title: Bad\n    url: {url}"));

        var error = Assert.Single(site.Errors);
        Assert.Equal(("MV0602", "site.yml", 5), (error.Code, error.Location.Path, error.Location.Line));
        site.AssertFailedWithoutOutput();
    }

    [Theory]
    [InlineData("https://www.nspcc.org.uk/")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:hello@t.example")]
    [InlineData("tel:+442071234567")]
    [InlineData("/news/")]
    [InlineData("/news/#main")]
    [InlineData("/")]
    public async Task Safe_navigation_addresses_are_published_as_written(string url)
    {
        var site = await TestSite.BuildWithRealThemeAsync(Site($"navigation:\n  - title: Go\n    url: {url}"));

        site.AssertSucceeded();
        Assert.Equal([url], site.Html("news/index.html").QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_featured_brief_and_week_that_exist_are_accepted()
    {
        var site = await TestSite.BuildAsync(Site("featured_brief: five-calls\ncurrent_awareness_week: \"2025\"",
            "-- briefs/five-calls.md --\n---\ntitle: Five calls\nsummary: S\ndate: 2024-01-01\n---\n" +
            "-- awareness-week/2025/index.md --\n---\ntitle: W\ntheme: T\nsummary: S\nstart: 2025-06-09\nend: 2025-06-15\n---\n"));

        site.AssertSucceeded();
    }

    [Fact]
    public async Task A_featured_brief_that_cannot_be_read_is_reported_once_at_the_brief()
    {
        var site = await TestSite.BuildAsync(Site("featured_brief: five-calls",
            "-- briefs/five-calls.md --\n---\ntitle: Five calls\nsummary: \"S\ndate: 2024-01-01\n---\n"));

        var error = Assert.Single(site.Errors);
        Assert.Equal(("MV0001", "briefs/five-calls.md"), (error.Code, error.Location.Path));
    }
}
