using Movement.Testing;

namespace Movement.Site.Tests.Netlify;

public class NetlifyFilesTests
{
    private static string PathOf(string file) => Movement.Core.IO.SitePath.UrlForOutputFile(file);

    [Fact]
    public async Task Every_page_gets_exactly_one_content_security_policy_and_only_embeds_may_be_framed()
    {
        var site = await DemoSite.BuildAsync();
        var headers = NetlifyHeaders.Parse(site.Text("_headers"));
        var pages = site.Files.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.InRange(pages.Count, 100, 10000);
        foreach (var page in pages)
        {
            var path = PathOf(page);
            var policies = headers.For(path).Where(h => h.Key == "Content-Security-Policy").Select(h => h.Value).ToList();
            var policy = Assert.Single(policies);
            Assert.DoesNotContain(", ", policy); // Two rules' policies joined would bind the page to both.
            if (path.StartsWith("/embed/", StringComparison.Ordinal))
            {
                Assert.Contains("frame-ancestors *", policy);
                Assert.Null(headers.Header(path, "X-Frame-Options"));
            }
            else
            {
                Assert.Contains("frame-ancestors 'none'", policy);
                Assert.Equal("DENY", headers.Header(path, "X-Frame-Options"));
            }

            if (!path.StartsWith("/admin/", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("unsafe", policy);
            }

            Assert.StartsWith("max-age=", headers.Header(path, "Strict-Transport-Security"));
            Assert.Equal("nosniff", headers.Header(path, "X-Content-Type-Options"));
            Assert.NotNull(headers.Header(path, "Referrer-Policy"));
        }
    }

    [Fact]
    public async Task The_editor_has_its_own_policy_that_allows_only_our_origin_and_github()
    {
        var headers = NetlifyHeaders.Parse((await DemoSite.BuildAsync()).Text("_headers"));
        var policy = headers.Header("/admin/", "Content-Security-Policy")!;

        Assert.Contains("script-src 'self' 'unsafe-eval';", policy);
        Assert.Contains("connect-src 'self' https://api.github.com;", policy);
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
        Assert.Contains("decap-cms@", script);
        Assert.Contains("_site/admin/", script);
    }
}
