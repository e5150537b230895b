using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Movement.Site.Rendering;
using Movement.Theme.Pages;

namespace Movement.Theme.Rendering;

/// <summary>
/// Renders pages with the Razor components of this theme. A renderer keeps every component it rendered
/// until it is disposed, so each batch of pages gets its own, and batches run on all cores.
/// </summary>
public sealed class RazorThemeRenderer : IThemeRenderer, IDisposable
{
    /// <summary>
    /// Pages a renderer takes before it is disposed. Its components, and the render-tree arrays they rented from the
    /// shared pool, live until then: a small batch hands the arrays back for the next batch to use again instead of
    /// each page allocating its own. 25 rather than 250 (native program, alternating runs, previous output kept):
    /// 1,000 pages 538 -> 521 ms and 129 -> 125 MB; 4,000 pages 1,450 -> 1,372 ms and 254 -> 242 MB.
    /// </summary>
    private const int BatchSize = 25;

    /// <summary>About the size of a rendered page, so its buffer seldom grows.</summary>
    private const int PageCapacity = 24 * 1024;

    /// <summary>
    /// Characters the writer gathers before it encodes them into the page's buffer. Small: the writer keeps this many
    /// characters and three bytes for each, and at the page's size that was 120 KB for every batch of 25 pages.
    /// </summary>
    private const int WriterCapacity = 2 * 1024;
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddSingleton<IComponentActivator, ThemeComponentActivator>().BuildServiceProvider();
    private readonly Lazy<AssetUrls> _assets;

    /// <summary>A renderer with the theme's static files embedded in this assembly.</summary>
    public RazorThemeRenderer()
        : this(assetFolder: null)
    {
    }

    /// <param name="assetFolder">
    /// A wwwroot folder to read the static files from instead of the embedded copies: the preview passes the
    /// source checkout's theme/wwwroot so an edited stylesheet shows without recompiling the theme.
    /// </param>
    public RazorThemeRenderer(string? assetFolder)
    {
        _assets = new(() => assetFolder is null ? EmbeddedAssets.Load() : FolderAssets.Load(assetFolder));
    }

    public IReadOnlyList<ThemeAsset> Assets => _assets.Value.Files;

    public async Task<IReadOnlyList<byte[]>> RenderAsync(IReadOnlyList<PageRequest> pages, CancellationToken cancellationToken)
    {
        var batches = pages.Chunk(BatchSize).ToList();
        var results = new byte[batches.Count][][];
        await Parallel.ForEachAsync(Enumerable.Range(0, batches.Count), cancellationToken, async (index, token) =>
        {
            results[index] = await RenderBatchAsync(batches[index], token);
        });
        return results.SelectMany(r => r).ToList();
    }

    private async Task<byte[][]> RenderBatchAsync(PageRequest[] batch, CancellationToken cancellationToken)
    {
        await using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var html = new byte[batch.Length][];

            // One buffer for the batch, emptied between pages, and the page encoded to UTF-8 as it is written:
            // a buffer a page, then a string a page, were most of what a build allocated.
            var buffer = new MemoryStream(PageCapacity);
            await using var writer = new StreamWriter(buffer, Utf8, WriterCapacity);
            for (var i = 0; i < batch.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PageHost.Request)] = batch[i], [nameof(PageHost.AssetUrls)] = _assets.Value });
                var host = batch[i].Model is Movement.Site.Embeds.EmbedView ? typeof(EmbedHost) : typeof(PageHost); // Embeds have their own frame.
                var output = await renderer.RenderComponentAsync(host, parameters);
                buffer.SetLength(0);
                writer.Write("<!DOCTYPE html>\n");
                output.WriteHtmlTo(writer);
                writer.Write('\n');
                writer.Flush();
                html[i] = buffer.ToArray();
            }

            return html;
        });
    }

    public void Dispose() => _services.Dispose();
}
