using Movement.Cli.Preview;
using Movement.Site.Netlify;

namespace Movement.Cli.Tests.Preview;

public class PreviewHeadersTests
{
    [Fact]
    public void The_reload_script_may_run_under_the_sites_and_the_editors_policies_but_not_the_embeds()
    {
        Assert.True(PreviewHeaders.AllowsOwnScripts(ContentSecurityPolicies.Site));
        Assert.True(PreviewHeaders.AllowsOwnScripts(ContentSecurityPolicies.Admin));
        Assert.True(PreviewHeaders.AllowsOwnScripts(null));
        Assert.False(PreviewHeaders.AllowsOwnScripts(ContentSecurityPolicies.Embed));
        Assert.False(PreviewHeaders.AllowsOwnScripts(ContentSecurityPolicies.Site + ", " + ContentSecurityPolicies.Embed));
    }

    [Fact]
    public void Each_joined_policy_loses_only_its_https_upgrade_and_hsts_and_caching_are_dropped()
    {
        var adapted = PreviewHeaders.Adapt(
        [
            KeyValuePair.Create("Content-Security-Policy", "default-src 'self'; upgrade-insecure-requests, img-src 'self'; upgrade-insecure-requests"),
            KeyValuePair.Create("Strict-Transport-Security", "max-age=63072000"),
            KeyValuePair.Create("Cache-Control", "public, max-age=31536000, immutable"),
            KeyValuePair.Create("X-Frame-Options", "DENY"),
        ]).ToList();

        Assert.Equal(
            [KeyValuePair.Create("Content-Security-Policy", "default-src 'self', img-src 'self'"), KeyValuePair.Create("X-Frame-Options", "DENY")],
            adapted);
    }
}
