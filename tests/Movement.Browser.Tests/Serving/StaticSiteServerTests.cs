using System.Net;
using Movement.Testing;

namespace Movement.Browser.Tests.Serving;

public class StaticSiteServerTests
{
    private static async Task<(TempFolder Folder, StaticSiteServer Server, HttpClient Client)> ServeAsync(Func<string, IEnumerable<KeyValuePair<string, string>>>? headers = null)
    {
        var folder = new TempFolder();
        Write(folder, "site/index.html", "<h1>Home</h1>");
        Write(folder, "site/members/index.html", "<h1>Members</h1>");
        Write(folder, "site/assets/site.css", "body{}");
        Write(folder, "site/files/badge.svg", "<svg/>");
        Write(folder, "site/404.html", "<h1>Not found</h1>");
        Write(folder, "secret.txt", "outside the site");
        var server = await StaticSiteServer.StartAsync(folder.Combine("site"), headers);
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Origin) };
        return (folder, server, client);
    }

    private static void Write(TempFolder folder, string path, string text)
    {
        var full = folder.Combine(path.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    [Theory]
    [InlineData("/", "<h1>Home</h1>", "text/html; charset=utf-8")]
    [InlineData("/members/", "<h1>Members</h1>", "text/html; charset=utf-8")]
    [InlineData("/assets/site.css", "body{}", "text/css; charset=utf-8")]
    [InlineData("/files/badge.svg", "<svg/>", "image/svg+xml; charset=utf-8")]
    public async Task A_folder_path_serves_its_index_and_files_get_their_content_type(string path, string body, string contentType)
    {
        var (folder, server, client) = await ServeAsync();
        await using var _ = server;
        using var __ = folder;

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("/nowhere/")]
    [InlineData("/members/index.htm")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/assets/..%5c..%5csecret.txt")]
    public async Task Unknown_paths_and_paths_out_of_the_folder_get_the_404_page(string path)
    {
        var (folder, server, client) = await ServeAsync();
        await using var _ = server;
        using var __ = folder;

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Not found</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_it()
    {
        var (folder, server, client) = await ServeAsync();
        await using var _ = server;
        using var __ = folder;

        var response = await client.GetAsync("/members?page=2");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/members/?page=2", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_header_hook_adds_headers_by_path_and_two_servers_listen_apart()
    {
        var (folder, server, client) = await ServeAsync(path => path.StartsWith("/assets/", StringComparison.Ordinal)
            ? [new("Cache-Control", "public, max-age=31536000, immutable")]
            : [new("X-Frame-Options", "DENY")]);
        await using var _ = server;
        using var __ = folder;
        await using var second = await StaticSiteServer.StartAsync(folder.Combine("site"));

        var asset = await client.GetAsync("/assets/site.css");
        var page = await client.GetAsync("/members/");
        var missing = await client.GetAsync("/nowhere/");

        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl!.ToString());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("DENY", missing.Headers.GetValues("X-Frame-Options").Single());
        Assert.NotEqual(server.Origin, second.Origin);
        Assert.Equal("<h1>Home</h1>", await new HttpClient().GetStringAsync(second.Url("/")));
    }
}
