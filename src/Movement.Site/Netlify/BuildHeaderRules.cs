using System.Text.RegularExpressions;
using Movement.Core.IO;
using Movement.Site.Cms;
using Movement.Site.Embeds;

namespace Movement.Site.Netlify;

/// <summary>
/// Works out the _headers rules from the files of the build. Netlify applies every matching rule and joins
/// repeated headers, and a browser enforces every policy it is sent. So the rule for every path ('/*', which also
/// answers unknown paths and the 404 page) carries a fallback policy that each of the site's own policies only
/// narrows, plus X-Frame-Options; each section then adds its own policy, and the embeds' frame-ancestors
/// (which a browser obeys in place of X-Frame-Options) lets partners frame them.
/// </summary>
public static partial class BuildHeaderRules
{
    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Content files keep their names (partners link to them), so caches check back daily.</summary>
    private const string ContentFile = "public, max-age=86400, must-revalidate";

    /// <summary>Folders whose every file is named by its content's hash (theme assets, search index pieces).</summary>
    private static readonly string[] HashedFolders = ["/assets/*", "/search/t/*", "/search/p/*", "/search/v/*", "/search/r/*"];

    /// <summary>The same folders as output paths start ("assets/"): every file of the build is tested, so no string is made per test.</summary>
    private static readonly string[] HashedPrefixes = [.. HashedFolders.Select(folder => folder[1..^1])];

    public static IReadOnlyList<HeaderRule> From(IEnumerable<string> outputFiles, IEnumerable<string> copiedContentFiles, IEnumerable<string> feedUrls)
    {
        var files = outputFiles.ToList();
        var copied = copiedContentFiles.ToHashSet(StringComparer.Ordinal);
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
                ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
                ("Content-Security-Policy", ContentSecurityPolicies.Fallback),
                ("X-Frame-Options", "DENY")),
            SitePolicy("/"),
        };
        rules.AddRange(topFiles.Select(f => SitePolicy("/" + f)));
        rules.AddRange(sections.Select(s => SitePolicy($"/{s}/*")));
        rules.Add(HeaderRule.Of(EmbedUrls.Prefix + "/*", ("Content-Security-Policy", ContentSecurityPolicies.Embed)));
        rules.Add(HeaderRule.Of(CmsFiles.AdminUrl + "*",
            ("Content-Security-Policy", ContentSecurityPolicies.Admin),
            ("X-Robots-Tag", "noindex"),
            ("Cache-Control", "no-cache")));
        // An SVG is a document that can carry script: opened on its own, it may run none.
        rules.AddRange(files.Where(f => SitePath.Extension(f) == ".svg").Order(StringComparer.Ordinal)
            .Select(f => HeaderRule.Of("/" + f, ("Content-Security-Policy", ContentSecurityPolicies.Svg))));
        rules.AddRange(HashedFolders.Select(folder => HeaderRule.Of(folder, ("Cache-Control", Immutable))));
        rules.AddRange(files.Where(f => !copied.Contains(f) && !HashedPrefixes.Any(h => f.StartsWith(h, StringComparison.Ordinal)) && HashedName().IsMatch(f))
            .Order(StringComparer.Ordinal).Select(f => HeaderRule.Of("/" + f, ("Cache-Control", Immutable))));
        rules.Add(HeaderRule.Of(Api.ApiUrls.Root + "*", ("Access-Control-Allow-Origin", "*")));
        rules.AddRange(feedUrls.Order(StringComparer.Ordinal).Select(url => HeaderRule.Of(url, ("Access-Control-Allow-Origin", "*"))));
        rules.AddRange(copied.Order(StringComparer.Ordinal).Select(f => HeaderRule.Of("/" + f, ("Cache-Control", ContentFile))));
        return rules;
    }

    private static HeaderRule SitePolicy(string path) => HeaderRule.Of(path, ("Content-Security-Policy", ContentSecurityPolicies.Site));

    /// <summary>A generated file named by its content's hash, as <c>ContentHash</c> names them: "manifest.0123456789.json".</summary>
    [GeneratedRegex(@"\.[0-9a-f]{10}\.[a-z0-9]+$")]
    private static partial Regex HashedName();
}
