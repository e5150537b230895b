using AngleSharp.Html.Parser;
using Movement.Site.Embeds;
using Movement.Site.Netlify;
using Movement.Site.Tests.SocialCards;
using Movement.Testing;

namespace Movement.Site.Tests.Embeds;

/// <summary>The embed posts its height; partners may include one script of ours that fits each frame to it.</summary>
public class EmbedHeightTests
{
    private static Task<BuiltSite> BuildAsync() =>
        TestSite.BuildWithRealThemeAsync(OneResourceSite.With("art.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100"/></svg>"""));

    [Fact]
    public async Task The_embed_page_runs_only_its_own_height_script_which_its_policy_allows()
    {
        var site = await BuildAsync();

        var scripts = site.Html("embed/awareness-week/2025/resources/art/index.html").QuerySelectorAll("script");
        var script = Assert.Single(scripts);
        Assert.Matches(@"^/assets/js/embed-height\.[0-9a-f]{10}\.js$", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Contains("script-src 'self'", ContentSecurityPolicies.Embed);
        Assert.DoesNotContain("connect-src", ContentSecurityPolicies.Embed);
        Assert.Contains("postMessage({ type: 'movement-embed-height', height }", site.Text(script.GetAttribute("src")!.TrimStart('/')));
    }

    [Fact]
    public async Task The_fit_script_is_at_a_fixed_address_and_offered_as_an_optional_line()
    {
        var site = await BuildAsync();

        var code = site.Html("awareness-week/2025/resources/art/index.html").GetElementById("fit-code");
        Assert.NotNull(code);
        var line = new HtmlParser().ParseDocument(code.TextContent).QuerySelector("script")!;
        Assert.Equal("https://test.example.org/embed/fit.js", line.GetAttribute("src"));
        Assert.True(line.HasAttribute("defer"));
        var fit = site.Text("embed/fit.js");
        Assert.Contains("movement-embed-height", fit);
        Assert.Contains("setAttribute('height'", fit);
        Assert.DoesNotContain(".style", fit);
        Assert.Equal(fit, site.Text(site.Files.Keys.Single(p => p.StartsWith("assets/js/embed-fit.", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_widget_frame_may_run_script_but_stays_an_opaque_origin()
    {
        Assert.Contains("allow-scripts", EmbedSnippets.Sandbox);
        Assert.DoesNotContain("allow-same-origin", EmbedSnippets.Sandbox);
    }
}
