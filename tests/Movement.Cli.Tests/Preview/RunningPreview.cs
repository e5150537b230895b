using System.Net;
using System.Text;
using Movement.Cli.Preview;
using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Cli.Tests.Preview;

/// <summary>A preview of a small site written inline into a temp folder, served on a free port of 127.0.0.1.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    private readonly TempFolder _temp;

    private RunningPreview(TempFolder temp, PreviewHost host, StringWriter output, StringWriter error)
    {
        _temp = temp;
        Host = host;
        Output = output;
        Error = error;
    }

    public PreviewHost Host { get; }

    public StringWriter Output { get; }

    public StringWriter Error { get; }

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public string Input => _temp.Combine("input");

    /// <param name="files">The site, Hugo-style (see InlineFiles); a default site.yml is added.</param>
    /// <param name="themeAssets">A theme wwwroot folder to read and watch, or null for the built-in one.</param>
    /// <param name="quiet">The preview's quiet period, when not its default.</param>
    public static async Task<RunningPreview> StartAsync(string files, Func<TempFolder, string>? themeAssets = null, TimeSpan? quiet = null)
    {
        var temp = new TempFolder();
        var all = new Dictionary<string, string>(InlineFiles.Parse(files)) { ["site.yml"] = TestSite.DefaultSettings };
        foreach (var (path, text) in all)
        {
            var full = temp.Combine("input", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, text);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new PreviewSettings(temp.Combine("input"), null, false, IPAddress.Loopback, 0, themeAssets?.Invoke(temp)) { Quiet = quiet ?? PreviewSettings.DefaultQuiet };
        var host = await PreviewHost.StartAsync(settings, new FixedClock(TestSite.DefaultNow), TextWriter.Synchronized(output), TextWriter.Synchronized(error), CancellationToken.None);
        return new RunningPreview(temp, host, output, error);
    }

    public string Url(string path) => Host.Origin + path;

    /// <summary>Sends the path exactly as written, as a hostile client would: no dot-segment removal, no re-encoding.</summary>
    public Task<HttpResponseMessage> GetRawAsync(string path) =>
        Http.GetAsync(new Uri(Host.Origin + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));

    public Task<EventStream> ListenAsync() => EventStream.ConnectAsync(Url("/_movement/events"));

    public Task WriteAsync(string inputPath, string text) => File.WriteAllTextAsync(Path.Combine(Input, inputPath), text, new UTF8Encoding(false));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        _temp.Dispose();
    }
}
