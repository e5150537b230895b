using Movement.Core.IO;
using Movement.Site.Cms;
using Movement.Site.Embeds;

namespace Movement.Site.Netlify;

/// <summary>
/// Works out the _headers rules from the files of the build. Netlify applies every matching rule and
/// joins repeated headers, so a policy for the whole site would also bind the embeds: instead each
/// top-level section gets its own Content-Security-Policy rule, and /embed/ and /admin/ get theirs.
/// </summary>
public static class BuildHeaderRules
{
    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Content files keep their names (partners link to them), so caches check back daily.</summary>
    private const string ContentFile = "public, max-age=86400, must-revalidate";

    public static IReadOnlyList<HeaderRule> From(IEnumerable<string> outputFiles, IEnumerable<string> copiedContentFiles, IEnumerable<string> feedUrls)
    {
        var files = outputFiles.ToList();
        var embedSection = EmbedUrls.Prefix.Trim('/');
        var adminSection = CmsFiles.AdminUrl.Trim('/');
        var sections = files.Where(f => f.Contains('/')).Select(f => f[..f.IndexOf('/')])
            .Where(s => s != embedSection && s != adminSection)
            .Distinct().Order(StringComparer.Ordinal);
        var topFiles = files.Where(f => !f.Contains('/') && f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        var rules = new List<HeaderRule>
        {
            HeaderRule.Of("/*",
                ("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
                ("X-Content-Type-Options", "nosniff"),
                ("Referrer-Policy", "strict-origin-when-cross-origin"),
                ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")),
            SitePolicy("/"),
        };
        rules.AddRange(topFiles.Where(f => f != "index.html").Select(f => SitePolicy("/" + f)));
        rules.AddRange(sections.Select(s => SitePolicy($"/{s}/*")));
        rules.Add(HeaderRule.Of(EmbedUrls.Prefix + "/*", ("Content-Security-Policy", ContentSecurityPolicies.Embed)));
        rules.Add(HeaderRule.Of(CmsFiles.AdminUrl + "*",
            ("Content-Security-Policy", ContentSecurityPolicies.Admin),
            ("X-Frame-Options", "DENY"),
            ("X-Robots-Tag", "noindex"),
            ("Cache-Control", "no-cache")));
        rules.Add(HeaderRule.Of("/assets/*", ("Cache-Control", Immutable)));
        rules.Add(HeaderRule.Of(Api.ApiUrls.Root + "*", ("Access-Control-Allow-Origin", "*")));
        rules.AddRange(feedUrls.Order(StringComparer.Ordinal).Select(url => HeaderRule.Of(url, ("Access-Control-Allow-Origin", "*"))));
        rules.AddRange(copiedContentFiles.Order(StringComparer.Ordinal).Select(f => HeaderRule.Of("/" + f, ("Cache-Control", ContentFile))));
        return rules;
    }

    private static HeaderRule SitePolicy(string path) =>
        HeaderRule.Of(path, ("Content-Security-Policy", ContentSecurityPolicies.Site), ("X-Frame-Options", "DENY"));
}
