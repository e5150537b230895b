using System.Threading.Channels;

namespace Movement.Cli.Preview;

/// <summary>
/// The open pages listening for builds, and what a page that connects now must hear first: which server and
/// build it talks to, and the current errors when the last rebuild failed.
/// </summary>
public sealed class BuildEvents
{
    /// <summary>How soon a browser tries again after losing the stream (a restarted preview, for example).</summary>
    private const string RetryMilliseconds = "retry: 500\n\n";

    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private int _build;
    private string? _errors;
    private bool _closed;

    /// <param name="start">Names this run of the preview: a page that reconnects to a different one reloads.</param>
    public BuildEvents(string start) => Start = start;

    public string Start { get; }

    /// <summary>A good build is served now: every page reloads.</summary>
    public void Succeeded(int build, double milliseconds)
    {
        lock (_gate)
        {
            _build = build;
            _errors = null;
            Send(EventMessages.ForReload(Start, build, milliseconds));
        }
    }

    /// <summary>A rebuild failed: every page shows these errors over the last good build.</summary>
    public void Failed(string errorsEvent)
    {
        lock (_gate)
        {
            _errors = errorsEvent;
            Send(errorsEvent);
        }
    }

    /// <summary>Streams events to one page until it goes away or the preview stops.</summary>
    public async Task StreamAsync(Stream body, Func<CancellationToken, Task> flush, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            channel.Writer.TryWrite(RetryMilliseconds + EventMessages.ForHello(Start, _build) + _errors);
            _clients.Add(channel);
        }

        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
            {
                await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(message), cancellationToken);
                await flush(cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page closed or the preview stopped.
        }
        finally
        {
            lock (_gate)
            {
                _clients.Remove(channel);
            }
        }
    }

    /// <summary>Ends every stream, so the server can stop without waiting for open pages.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
        }
    }

    private void Send(string message)
    {
        foreach (var client in _clients)
        {
            client.Writer.TryWrite(message);
        }
    }
}
