using Movement.Core.IO;

namespace Movement.Cli.Preview;

/// <summary>
/// A running preview: the server, the first build, then a rebuild for each batch of changes the watcher sees.
/// Disposing it stops all three.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly PreviewServer _server;
    private readonly ChangeWatcher _watcher;
    private readonly PreviewBuilds _builds;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    private PreviewHost(PreviewServer server, ChangeWatcher watcher, PreviewBuilds builds)
    {
        _server = server;
        _watcher = watcher;
        _builds = builds;
    }

    /// <summary>Where the preview is served, such as "http://127.0.0.1:5080" (no trailing slash).</summary>
    public string Origin => _server.Origin;

    public System.Net.IPEndPoint EndPoint => _server.EndPoint;

    /// <summary>Starts serving, builds once, then keeps rebuilding on changes until disposed.</summary>
    public static async Task<PreviewHost> StartAsync(PreviewSettings settings, IClock clock, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var site = new ServedSite();
        var events = new BuildEvents(Guid.NewGuid().ToString("N")[..12]);
        // The server starts first: the site's own address (its base URL) is known only once the port is.
        var server = await PreviewServer.StartAsync(settings.Address, settings.Port, site, events, cancellationToken);
        var builds = new PreviewBuilds(settings, settings.BaseUrl ?? server.Origin + "/", clock, site, events, output, error);
        // Watching starts before the first build, so an edit made during it is not missed.
        var watcher = new ChangeWatcher(settings.Input, settings.ThemeAssets, settings.Quiet);
        var host = new PreviewHost(server, watcher, builds);
        try
        {
            await builds.RebuildAsync(ChangeBatch.Everything, cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        CodeUpdates.Applied += watcher.ThemeCodeChanged;
        host._loop = host.RebuildOnChangesAsync(host._stop.Token);
        return host;
    }

    private async Task RebuildOnChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var changes in _watcher.BatchesAsync(cancellationToken))
            {
                await _builds.RebuildAsync(changes, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        CodeUpdates.Applied -= _watcher.ThemeCodeChanged;
        await _stop.CancelAsync();
        _watcher.Dispose();
        await _loop;
        await _server.DisposeAsync();
        _builds.Dispose();
        _stop.Dispose();
    }
}
