using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;

namespace Movement.Benchmarks;

/// <summary>
/// A static file server for the search benchmark that compresses text files with gzip, as static hosts do
/// (files that are already compressed, like Pagefind's index, go as they are), and counts the body bytes
/// it sends for each path: what a browser downloads, measured at the source.
/// </summary>
public sealed class CountingServer : IDisposable
{
    private static readonly HashSet<string> TextTypes = [".html", ".js", ".mjs", ".json", ".css", ".svg", ".txt"];
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly ConcurrentDictionary<string, byte[]> _gzipped = new(StringComparer.Ordinal);

    public CountingServer(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    /// <summary>Paths and body bytes sent since the last <see cref="Reset"/>.</summary>
    public ConcurrentQueue<(string Path, long Bytes)> Sent { get; private set; } = new();

    public void Reset() => Sent = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : "")));
        using var response = context.Response;
        if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }

        var extension = Path.GetExtension(file);
        response.ContentType = extension switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" or ".mjs" => "text/javascript; charset=utf-8",
            ".json" => "application/json",
            ".css" => "text/css",
            ".wasm" => "application/wasm",
            _ => "application/octet-stream",
        };
        var compress = TextTypes.Contains(extension) && (context.Request.Headers["Accept-Encoding"] ?? "").Contains("gzip", StringComparison.Ordinal);
        var body = compress ? _gzipped.GetOrAdd(file, Gzip) : File.ReadAllBytes(file);
        if (compress)
        {
            response.AddHeader("Content-Encoding", "gzip");
        }

        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        Sent.Enqueue((path, body.Length));
    }

    private static byte[] Gzip(string file)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(File.ReadAllBytes(file));
        }

        return output.ToArray();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
