using System.Net;
using System.Net.Sockets;

namespace Movement.Cli.Tests.Preview;

public class PreviewServingTests : IAsyncLifetime
{
    private RunningPreview _preview = null!;

    public async Task InitializeAsync() => _preview = await RunningPreview.StartAsync(SmallSite.Files);

    public async Task DisposeAsync() => await _preview.DisposeAsync();

    [Fact]
    public void It_listens_on_the_loopback_interface_only_by_default()
    {
        Assert.Equal(IPAddress.Loopback, _preview.Host.EndPoint.Address);
        Assert.StartsWith("http://127.0.0.1:", _preview.Host.Origin);
    }

    [Fact]
    public async Task A_folder_address_serves_its_index_page_as_utf8_html_with_the_reload_script_and_no_caching()
    {
        var response = await _preview.Http.GetAsync(_preview.Url("/briefs/workforce/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Develop the workforce</h1>", html);
        Assert.Matches("<script src=\"/_movement/reload.js\" data-start=\"[0-9a-f]+\" data-build=\"1\" defer></script></body>", html);
    }

    [Fact]
    public async Task The_sites_security_policy_is_sent_without_the_https_upgrade_and_it_allows_the_reload_script()
    {
        var response = await _preview.Http.GetAsync(_preview.Url("/"));

        var policy = string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("upgrade-insecure-requests", policy);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_folder_address_without_its_slash_is_redirected_to_it_with_the_query()
    {
        var response = await _preview.Http.GetAsync(_preview.Url("/about?x=1"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/about/?x=1", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/v1/index.json", "application/json; charset=utf-8")]
    [InlineData("/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/_movement/reload.js", "text/javascript; charset=utf-8")]
    [InlineData("/_movement/overlay.css", "text/css; charset=utf-8")]
    public async Task Files_are_served_with_the_content_type_of_their_extension(string path, string contentType)
    {
        var response = await _preview.Http.GetAsync(_preview.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task The_theme_stylesheet_is_served_under_its_fingerprinted_name_as_css()
    {
        var home = await _preview.Http.GetStringAsync(_preview.Url("/"));
        var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/assets/css/site\\.[0-9a-f]+\\.css)\"").Groups[1].Value;

        var response = await _preview.Http.GetAsync(_preview.Url(stylesheet));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/no/such/page/")]
    [InlineData("/briefs/missing")]
    [InlineData("/../site.yml")]
    [InlineData("/briefs/../../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2E%2E/%2e%2e/etc/passwd")]
    [InlineData("/..%2fsite.yml")]
    [InlineData("/briefs%2f..%2f..%2fsite.yml")]
    [InlineData("/..\\site.yml")]
    [InlineData("/briefs\\workforce\\index.html")]
    [InlineData("/_headers")]
    [InlineData("/_movement/nothing.js")]
    public async Task Unknown_paths_and_attempts_to_leave_the_site_get_the_404_page_with_status_404(string path)
    {
        var response = await _preview.GetRawAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("title: Develop the workforce", body);
        if (!path.StartsWith("/_movement/", StringComparison.Ordinal))
        {
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Contains("<h1", body);
        }
    }

    [Theory]
    [InlineData("/no/such/page/")]
    [InlineData("/index.html")]
    public async Task The_404_answer_and_index_html_get_the_sites_policy_and_framing_rule_as_on_the_host(string path)
    {
        var response = await _preview.GetRawAsync(path);

        var policy = string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith(Movement.Site.Netlify.ContentSecurityPolicies.Fallback, policy);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Only_reading_methods_are_allowed()
    {
        var response = await _preview.Http.PostAsync(_preview.Url("/"), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task It_does_not_answer_on_another_address_of_the_machine()
    {
        // Linux answers on all of 127.0.0.0/8: a server listening on every interface would accept this connection.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        await Assert.ThrowsAnyAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Parse("127.0.0.2"), _preview.Host.EndPoint.Port));
    }
}
