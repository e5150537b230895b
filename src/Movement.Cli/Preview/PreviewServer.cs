using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Movement.Cli.Preview;

/// <summary>
/// Serves the last good build from memory over http (Kestrel), with the reload script added to its pages and
/// the build events stream under <see cref="ReloadClient.Prefix"/>. Nothing is read from disk per request.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServedSite _site;
    private readonly BuildEvents _events;
    private readonly ReloadClient _client = new();

    private PreviewServer(WebApplication app, ServedSite site, BuildEvents events)
    {
        _app = app;
        _site = site;
        _events = events;
    }

    /// <summary>Where the server listens, such as "http://127.0.0.1:5080" (no trailing slash).</summary>
    public string Origin { get; private set; } = "";

    public IPEndPoint EndPoint { get; private set; } = new(IPAddress.None, 0);

    /// <param name="port">0 picks a free port.</param>
    public static async Task<PreviewServer> StartAsync(IPAddress address, int port, ServedSite site, BuildEvents events, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        builder.Services.AddLogging(); // no providers: the preview prints its own few lines
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new PreviewServer(app, site, events);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);

        var origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        server.Origin = origin;
        server.EndPoint = new IPEndPoint(address, new Uri(origin).Port);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var path = RequestPath.Safe(rawTarget, request.Path.Value ?? "/");
        if (path == ReloadClient.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        if (path is not null && path.StartsWith(ReloadClient.Prefix, StringComparison.Ordinal) && _client.TryGet(path, out var own))
        {
            await SendAsync(context, 200, MediaTypes.For(path), own);
            return;
        }

        var site = _site.Current;
        if (site.Build == 0)
        {
            // No good build yet: a blank page that still carries the script, so the errors show and the first good build reloads it.
            var waiting = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview: no good build yet</title></head><body><h1>No good build yet</h1></body></html>\n");
            await SendAsync(context, StatusCodes.Status503ServiceUnavailable, MediaTypes.For(".html"), ReloadClient.Inject(waiting, ReloadClient.Tag(_events.Start, 0)));
            return;
        }

        var answer = site.Answer(path);
        var headers = PreviewHeaders.Adapt(site.HeadersFor(answer.Status == 404 ? "/" + answer.File : path!)).ToList();
        foreach (var (name, value) in headers)
        {
            response.Headers.Append(name, value);
        }

        if (answer.Location is not null)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = answer.Location + request.QueryString;
            return;
        }

        if (answer.File is null)
        {
            await SendAsync(context, answer.Status, MediaTypes.For(".txt"), Encoding.UTF8.GetBytes("Not found\n"));
            return;
        }

        var content = site[answer.File];
        var policy = headers.FirstOrDefault(h => h.Key.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).Value;
        if (MediaTypes.IsHtml(answer.File) && PreviewHeaders.AllowsOwnScripts(policy))
        {
            content = ReloadClient.Inject(content.Span, ReloadClient.Tag(_events.Start, site.Build));
        }

        await SendAsync(context, answer.Status, MediaTypes.For(answer.File), content);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(context.RequestAborted);
        await _events.StreamAsync(response.Body, response.Body.FlushAsync, context.RequestAborted);
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, ReadOnlyMemory<byte> content)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(content, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _events.Close();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
