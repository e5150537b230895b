using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Movement.Cli.Preview;
using Movement.Testing;

namespace Movement.Benchmarks;

/// <summary>
/// How long an edit takes to reach an open page in the preview: <c>movement preview</c> runs in its own process,
/// as a user starts it, on a copy of the demo site and on a generated site; a client listens to its events as a
/// browser's EventSource does; a brief's body is edited <c>edits</c> times, each time from just before the file
/// is written to the reload event arriving at the client.
/// </summary>
/// <param name="movement">How to start Movement: "dotnet" and the built movement.dll, or the native program and nothing.</param>
public sealed class PreviewBenchmark((string File, string[] Arguments) movement, string work, int items, int edits = 20)
{
    /// <summary>After each reload, how long the input must stay quiet so a late echo of the edit is not taken for the next one's reload.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    public async Task RunAsync()
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        var demo = Path.Combine(work, "preview-demo");
        if (Directory.Exists(demo))
        {
            Directory.Delete(demo, recursive: true); // A fresh copy: an earlier run's edits are not measured again.
        }

        TempFolder.CopyTree(RepositoryRoot.DemoInput, demo);
        await MeasureAsync("demo site (input/)", demo, "briefs/five-calls.md");

        var generated = Path.Combine(work, $"preview-generated-{items}");
        new SiteGenerator(items).WriteTo(generated);
        await MeasureAsync($"generated site, {items} items", generated, "briefs/brief-0000.md");
    }

    private async Task MeasureAsync(string name, string input, string brief)
    {
        var startup = Stopwatch.StartNew();
        using var preview = await StartPreviewAsync(input);
        var firstBuild = startup.Elapsed.TotalMilliseconds;
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var response = await http.GetAsync(preview.Origin + ReloadClient.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        var events = Channel.CreateUnbounded<(string Kind, JsonElement Data, long At)>();
        _ = ReadEventsAsync(await response.Content.ReadAsStreamAsync(), events.Writer);
        await NextEventAsync(events.Reader, TimeSpan.FromSeconds(10)); // hello

        var path = Path.Combine(input, brief);
        var original = (await File.ReadAllTextAsync(path)).TrimEnd();
        var latencies = new List<double>();
        var rebuilds = new List<double>();
        var extra = 0;
        for (var edit = 1; edit <= edits; edit++)
        {
            var text = $"{original}\n\nThis sentence is edit {edit} of the benchmark.\n";
            var written = Stopwatch.GetTimestamp();
            await File.WriteAllTextAsync(path, text);
            var (kind, data, at) = await NextEventAsync(events.Reader, TimeSpan.FromMinutes(2));
            latencies.Add(Stopwatch.GetElapsedTime(written, at).TotalMilliseconds);
            if (kind != EventMessages.Reload)
            {
                throw new InvalidOperationException($"Edit {edit} of {name} gave '{kind}' instead of a reload: {data}");
            }

            rebuilds.Add(data.GetProperty("ms").GetDouble());
            while (await NextEventAsync(events.Reader, Settle) is (EventMessages.Reload, _, _))
            {
                extra++;
            }
        }

        Console.WriteLine($"{name}: start and first build {firstBuild:0} ms; {edits} edits of {brief}, write to reload at the client:");
        Console.WriteLine($"  median {Percentile(latencies, 50):0.0} ms, p95 {Percentile(latencies, 95):0.0} ms, min {latencies.Min():0.0} ms, max {latencies.Max():0.0} ms");
        Console.WriteLine($"  of which the rebuild (server's own time): median {Percentile(rebuilds, 50):0.0} ms, p95 {Percentile(rebuilds, 95):0.0} ms; a result is used once the input has stayed unchanged {PreviewSettings.DefaultQuiet.TotalMilliseconds:0} ms from the rebuild's start; extra rebuilds from late file events: {extra}");
        Console.WriteLine();
    }

    /// <summary>Starts <c>movement preview</c> on a free port and waits until it serves its first build.</summary>
    private async Task<RunningPreview> StartPreviewAsync(string input)
    {
        var process = Process.Start(new ProcessStartInfo(movement.File, [.. movement.Arguments, "preview", "--input", input, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start the preview.");
        var origin = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text && text.StartsWith("Preview at ", StringComparison.Ordinal))
            {
                origin.TrySetResult(text["Preview at ".Length..].Split('/', 4) is [var scheme, _, var host, ..] ? $"{scheme}//{host}" : text);
            }
        };
        process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        process.Exited += (_, _) => origin.TrySetException(new InvalidOperationException($"The preview stopped: {errors}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RunningPreview(process, await origin.Task.WaitAsync(TimeSpan.FromMinutes(2)));
    }

    /// <summary>A preview process, stopped when the measurement is over.</summary>
    private sealed record RunningPreview(Process Process, string Origin) : IDisposable
    {
        public void Dispose()
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
            Process.Dispose();
        }
    }

    /// <summary>Reads the stream as a browser's EventSource does, noting when each event arrived.</summary>
    private static async Task ReadEventsAsync(Stream body, ChannelWriter<(string Kind, JsonElement Data, long At)> events)
    {
        using var reader = new StreamReader(body);
        var kind = "";
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    kind = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    var at = Stopwatch.GetTimestamp();
                    events.TryWrite((kind, JsonDocument.Parse(line[6..]).RootElement.Clone(), at));
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The preview stopped, or the benchmark closed the stream.
        }
    }

    /// <summary>The next event, or ("", default, 0) when none comes in time.</summary>
    private static async Task<(string Kind, JsonElement Data, long At)> NextEventAsync(ChannelReader<(string Kind, JsonElement Data, long At)> events, TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            return await events.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return ("", default, 0);
        }
    }

    /// <summary>The nearest-rank percentile.</summary>
    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }
}
