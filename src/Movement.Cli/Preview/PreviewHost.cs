using Movement.Core.IO;

namespace Movement.Cli.Preview;

/// <summary>
/// A running preview: the server, the first build, then a rebuild for each batch of changes the watcher sees.
/// Disposing it stops all three.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    /// <summary>How many times a rebuild starts at once on a change before it waits for the input to go quiet.</summary>
    private const int EagerStarts = 3;

    private readonly PreviewServer _server;
    private readonly ChangeWatcher _watcher;
    private readonly PreviewBuilds _builds;
    private readonly TimeSpan _quiet;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    private PreviewHost(PreviewServer server, ChangeWatcher watcher, PreviewBuilds builds, TimeSpan quiet)
    {
        _server = server;
        _watcher = watcher;
        _builds = builds;
        _quiet = quiet;
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
        var watcher = new ChangeWatcher(settings.Input, settings.ThemeAssets);
        var host = new PreviewHost(server, watcher, builds, settings.Quiet);
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

    /// <summary>
    /// Rebuilds as soon as something changes, and uses the build only if nothing changes again within the quiet period
    /// from its start: an editor saves in several steps, and a build that read the file between two of them is stopped
    /// and started again with every change so far. Waiting for the quiet spell before starting instead made every
    /// reload that much later. Should the input keep changing, the rebuild waits for a quiet spell, as a batch of many
    /// files (a branch checked out) does better anyway.
    /// </summary>
    private async Task RebuildOnChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var first in _watcher.BatchesAsync(cancellationToken))
            {
                var changes = first;
                var started = 1;
                while (!await _builds.RebuildAsync(changes, _watcher.ChangesWithinAsync(_quiet, cancellationToken), cancellationToken))
                {
                    changes = changes.With(_watcher.Take());
                    if (++started > EagerStarts)
                    {
                        changes = changes.With(await _watcher.TakeWhenQuietAsync(_quiet, cancellationToken));
                        await _builds.RebuildAsync(changes, cancellationToken);
                        break;
                    }
                }
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
