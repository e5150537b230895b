using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Movement.Cli.Preview;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Movement.Browser.Tests.Serving;

/// <summary>
/// Serves a folder of static files on 127.0.0.1 the way a static host serves a built site: <c>/x/</c>
/// gives <c>x/index.html</c>, <c>/x</c> redirects to <c>/x/</c> when that is a folder, every other
/// unknown path gets the site's <c>404.html</c> with status 404, and nothing outside the folder is
/// reachable. Each instance listens on its own free port, so a test can start a second one as another
/// origin (an iframe from elsewhere, for example).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly Func<string, IEnumerable<KeyValuePair<string, string>>>? _headersFor;

    private StaticSiteServer(WebApplication app, string root, Func<string, IEnumerable<KeyValuePair<string, string>>>? headersFor)
    {
        _app = app;
        _root = root;
        _headersFor = headersFor;
    }

    /// <summary>Where the site is served, such as "http://127.0.0.1:41234", without a trailing slash.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>The full address of a site path such as "/members/".</summary>
    public string Url(string path) => Origin + path;

    /// <summary>Starts serving <paramref name="root"/> on a free port.</summary>
    /// <param name="headersFor">
    /// Optional: the extra response headers for a request path (for example a host's header rules);
    /// they are added to every response, 404s and redirects included.
    /// </param>
    public static async Task<StaticSiteServer> StartAsync(string root, Func<string, IEnumerable<KeyValuePair<string, string>>>? headersFor = null, CancellationToken cancellationToken = default)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"Nothing to serve: '{fullRoot}' does not exist.");
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = fullRoot });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Services.AddLogging(logging => logging.ClearProviders());
        var app = builder.Build();
        var server = new StaticSiteServer(app, fullRoot, headersFor);
        app.Run(server.ServeAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Origin = address.TrimEnd('/');
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.HasValue ? request.Path.Value! : "/";
        foreach (var (name, value) in _headersFor?.Invoke(path) ?? [])
        {
            response.Headers.Append(name, value);
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var file = Resolve(path);
        if (file is null && !path.EndsWith('/') && Resolve(path + "/") is not null)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
            return;
        }

        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            file = Resolve("/404.html");
            if (file is null)
            {
                return;
            }
        }

        await SendAsync(context, file);
    }

    /// <summary>The file a path names inside the root, or null when there is none or the path tries to leave the root.</summary>
    private string? Resolve(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains('\0')))
        {
            return null;
        }

        var relative = Path.Combine([.. segments, .. path.EndsWith('/') ? new[] { "index.html" } : []]);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        var inside = full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(full) ? full : null;
    }

    private static async Task SendAsync(HttpContext context, string file)
    {
        var response = context.Response;
        response.ContentType = MediaTypes.For(file); // As the preview serves it.
        response.ContentLength = new FileInfo(file).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(file, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
