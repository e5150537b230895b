using System.Text.Json;
using System.Threading.Channels;

namespace Movement.Cli.Tests.Preview;

/// <summary>A Server-Sent Events client as a browser's EventSource reads the stream: each event's name and JSON data, in order.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Name, JsonElement Data)> _events = Channel.CreateUnbounded<(string, JsonElement)>();
    private Task _reading = Task.CompletedTask;

    public static async Task<EventStream> ConnectAsync(string url)
    {
        var stream = new EventStream();
        var response = await stream._http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        stream._reading = stream.ReadAsync(await response.Content.ReadAsStreamAsync());
        return stream;
    }

    /// <summary>The next event, which must be named <paramref name="name"/> and arrive within the timeout.</summary>
    public async Task<JsonElement> NextAsync(string name, int seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var (actual, data) = await _events.Reader.ReadAsync(timeout.Token);
        Assert.True(actual == name, $"Expected the event '{name}' but got '{actual}': {data}");
        return data;
    }

    private async Task ReadAsync(Stream body)
    {
        using var reader = new StreamReader(body);
        string? name = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
                {
                    _events.Writer.TryWrite((name, JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone()));
                    name = null;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // Closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _http.Dispose();
        await _reading;
        _stop.Dispose();
    }
}
