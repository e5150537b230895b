using Movement.Site.Netlify;
using Movement.Testing;

namespace Movement.Site.Tests.Netlify;

public class NetlifyFilesTests
{
    private static string PathOf(string file) => Movement.Core.IO.SitePath.UrlForOutputFile(file);

    [Fact]
    public async Task Every_page_gets_the_fallback_policy_and_its_own_and_only_embeds_may_be_framed()
    {
        var site = await DemoSite.BuildAsync();
        var headers = NetlifyHeaders.Parse(site.Text("_headers"));
        var pages = site.Files.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.InRange(pages.Count, 100, 10000);
        foreach (var path in pages.Select(PathOf).Append("/index.html"))
        {
            var policies = headers.Header(path, "Content-Security-Policy")!.Split(", ");
            Assert.Equal(2, policies.Length);
            Assert.Equal(ContentSecurityPolicies.Fallback, policies[0]);
            var own = policies[1];
            Assert.Equal("DENY", headers.Header(path, "X-Frame-Options"));
            if (path.StartsWith("/embed/", StringComparison.Ordinal))
            {
                // A browser obeys frame-ancestors in place of X-Frame-Options (HTML, "X-Frame-Options" processing).
                Assert.Equal(ContentSecurityPolicies.Embed, own);
            }
            else
            {
                Assert.Contains("frame-ancestors 'none'", own);
            }

            if (!path.StartsWith("/admin/", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("unsafe", own);
            }

            Assert.StartsWith("max-age=", headers.Header(path, "Strict-Transport-Security"));
            Assert.Equal("nosniff", headers.Header(path, "X-Content-Type-Options"));
            Assert.NotNull(headers.Header(path, "Referrer-Policy"));
        }
    }

    [Theory]
    [InlineData("/no-such-page/")]
    [InlineData("/wp-login.php")]
    [InlineData("/briefs/no-such-brief/")]
    public async Task An_unknown_path_answered_by_the_404_page_gets_a_policy_and_may_not_be_framed(string path)
    {
        var headers = NetlifyHeaders.Parse((await DemoSite.BuildAsync()).Text("_headers"));

        Assert.StartsWith(ContentSecurityPolicies.Fallback, headers.Header(path, "Content-Security-Policy"));
        Assert.Equal("DENY", headers.Header(path, "X-Frame-Options"));
        Assert.Equal("nosniff", headers.Header(path, "X-Content-Type-Options"));
    }

    public static TheoryData<string> OwnPolicies => [ContentSecurityPolicies.Site, ContentSecurityPolicies.Embed, ContentSecurityPolicies.Admin, ContentSecurityPolicies.Svg];

    /// <summary>Two policies are both enforced: the fallback must allow everything a section's own policy allows, or it would break it.</summary>
    [Theory]
    [MemberData(nameof(OwnPolicies))]
    public void The_fallback_allows_everything_each_policy_allows(string policy)
    {
        var fallback = Directives(ContentSecurityPolicies.Fallback);
        foreach (var (directive, sources) in Directives(policy).Where(d => d.Key.EndsWith("-src", StringComparison.Ordinal)))
        {
            var allowed = fallback.GetValueOrDefault(directive) ?? fallback["default-src"];
            Assert.All(sources.Where(s => s != "'none'"), source => Assert.Contains(source, allowed));
        }

        Assert.DoesNotContain("frame-ancestors", ContentSecurityPolicies.Fallback);
    }

    private static Dictionary<string, string[]> Directives(string policy) => policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(d => d.Split(' ')).ToDictionary(d => d[0], d => d[1..]);

    [Fact]
    public async Task Every_svg_runs_no_script_when_opened_on_its_own()
    {
        var site = await DemoSite.BuildAsync();
        var headers = NetlifyHeaders.Parse(site.Text("_headers"));
        var svgs = site.Files.Keys.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(svgs);
        Assert.All(svgs, svg => Assert.Contains(ContentSecurityPolicies.Svg, headers.Header("/" + svg, "Content-Security-Policy")));
    }

    [Fact]
    public async Task The_editor_has_its_own_policy_that_allows_only_our_origin_and_github()
    {
        var headers = NetlifyHeaders.Parse((await DemoSite.BuildAsync()).Text("_headers"));
        var policy = headers.Header("/admin/", "Content-Security-Policy")!;

        Assert.Contains("script-src 'self' 'unsafe-eval';", policy);
        Assert.Contains("connect-src 'self' data: https://api.github.com;", policy);
        var hosts = policy.Split(' ').Where(t => t.Contains("://", StringComparison.Ordinal)).Distinct();
        Assert.Equal(["https://api.github.com;"], hosts);
        Assert.Equal("noindex", headers.Header("/admin/", "X-Robots-Tag"));
    }

    [Fact]
    public async Task Fingerprinted_assets_are_cached_forever_and_content_files_for_a_day()
    {
        var site = await DemoSite.BuildAsync();
        var headers = NetlifyHeaders.Parse(site.Text("_headers"));
        var assets = site.Files.Keys.Where(f => f.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.All(assets, a =>
        {
            Assert.Matches(@"\.[0-9a-f]{10}\.[a-z]+$", a);
            Assert.Equal("public, max-age=31536000, immutable", headers.Header("/" + a, "Cache-Control"));
        });
        var hashed = site.Files.Keys.Where(f => f.StartsWith("search/", StringComparison.Ordinal) && f != "search/index.html").ToList();
        Assert.Contains(hashed, f => f.StartsWith("search/manifest.", StringComparison.Ordinal));
        Assert.All(hashed, f => Assert.Equal("public, max-age=31536000, immutable", headers.Header("/" + f, "Cache-Control")));
        Assert.Null(headers.Header("/search/", "Cache-Control"));
        Assert.StartsWith("public, max-age=86400", headers.Header("/awareness-week/2025/resources/badge.svg", "Cache-Control"));
        Assert.Null(headers.Header("/briefs/five-calls/", "Cache-Control"));
        Assert.Equal("*", headers.Header("/api/v1/index.json", "Access-Control-Allow-Origin"));
        Assert.Equal("*", headers.Header("/news/feed.json", "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Every_header_rule_matches_some_file_of_the_site()
    {
        var site = await DemoSite.BuildAsync();
        var paths = site.Files.Keys.Select(f => "/" + f).Concat(site.Files.Keys.Select(PathOf)).ToList();
        foreach (var (rule, _) in NetlifyHeaders.Parse(site.Text("_headers")).Rules)
        {
            Assert.Contains(paths, p => NetlifyHeaders.Matches(rule, p));
        }
    }

    [Fact]
    public async Task Redirects_come_from_aliases_and_lead_to_pages()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/manifesto.md --
            ---
            title: Manifesto
            summary: S
            date: 2024-03-19
            aliases: [/policy/manifesto/, old-manifesto]
            ---
            -- pages/about.md --
            ---
            title: About
            summary: S
            aliases: [/who-we-are/]
            ---
            """);

        site.AssertSucceeded();
        var rules = site.Text("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ')).ToList();
        Assert.Equal(["/old-manifesto/", "/policy/manifesto/", "/who-we-are/"], rules.Select(r => r[0]));
        Assert.All(rules, r =>
        {
            Assert.Equal(3, r.Length);
            Assert.Equal("301!", r[2]);
            Assert.True(site.Has(r[1].TrimStart('/') + "index.html"), $"{r[1]} is not a page");
        });
    }

    [Fact]
    public void Netlify_builds_with_the_script_publishes_the_site_and_previews_drafts()
    {
        var root = RepositoryRoot.Find();
        var toml = File.ReadAllText(Path.Combine(root, "netlify.toml"));
        var script = File.ReadAllText(Path.Combine(root, ".ci", "netlify-build.sh"));

        Assert.Contains("command = \"bash .ci/netlify-build.sh\"", toml);
        Assert.Contains("publish = \"_site\"", toml);
        Assert.Contains("[context.deploy-preview]", toml);
        Assert.Contains("--drafts", script);
        Assert.Contains("PublishReadyToRun=true", script); // The build runs compiled ahead of time, as the speed figures were taken.
        Assert.Contains("DEPLOY_PRIME_URL", script);
        Assert.Contains("bash .ci/install-cms.sh _site", script);
        var cms = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), ".ci", "install-cms.sh"));
        Assert.Contains("@sveltia/cms@", cms); // The editor and its fonts are the site's own files, never a CDN's.
        Assert.Contains("/admin/fonts/", cms);
    }
}
