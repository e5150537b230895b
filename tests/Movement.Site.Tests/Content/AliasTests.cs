using Movement.Testing;

namespace Movement.Site.Tests.Content;

public class AliasTests
{
    [Fact]
    public async Task An_old_address_redirects_to_the_page()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/manifesto.md --
            ---
            title: Manifesto for babies
            summary: S
            date: 2024-03-19
            aliases: [/policy/manifesto/, old-manifesto]
            ---
            """);

        site.AssertSucceeded();
        var redirect = site.Html("policy/manifesto/index.html");
        Assert.Equal("0; url=https://test.example.org/briefs/manifesto/", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://test.example.org/briefs/manifesto/", redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.True(site.Has("old-manifesto/index.html"));
    }

    [Fact]
    public async Task An_alias_that_climbs_out_of_the_site_is_refused()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/m.md --
            ---
            title: M
            summary: S
            date: 2024-03-19
            aliases: [/../../etc/]
            ---
            """);

        site.AssertDiagnostic("MV0304", "briefs/m.md", 5);
        Assert.DoesNotContain(site.Files.Keys, path => path.Contains("..", StringComparison.Ordinal));
    }
}
