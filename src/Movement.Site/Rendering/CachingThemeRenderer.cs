using System.Collections.Concurrent;
using Movement.Core.Caching;
using Movement.Site.Caching;

namespace Movement.Site.Rendering;

/// <summary>
/// A theme renderer that keeps every page it rendered, keyed by the fingerprint of the page's context and model,
/// and renders again only the pages whose fingerprint is new. The preview holds one across builds: after an edit,
/// only the pages that show something that changed are rendered. What it returns is what the theme would return.
/// </summary>
public sealed class CachingThemeRenderer(IThemeRenderer theme, SiteCaches caches) : IThemeRenderer
{
    private readonly Memo<Fingerprint, byte[]> _pages = caches.Named<byte[]>("pages");
    private readonly ConcurrentQueue<string> _rendered = new();

    public IReadOnlyList<ThemeAsset> Assets => theme.Assets;

    /// <summary>The URLs of the pages the theme rendered during the current build (those not reused).</summary>
    public IReadOnlyList<string> Rendered => [.. _rendered.Order(StringComparer.Ordinal)];

    /// <summary>Starts counting the pages a build renders; the pages it does not produce are forgotten with the session's other caches.</summary>
    public void StartBuild() => _rendered.Clear();

    public async Task<IReadOnlyList<byte[]>> RenderAsync(IReadOnlyList<PageRequest> pages, CancellationToken cancellationToken)
    {
        var fingerprinter = caches.Fingerprints;
        var html = new byte[pages.Count][];
        var keys = new Fingerprint?[pages.Count];
        var missing = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            keys[i] = KeyOf(fingerprinter, pages[i]);
            if (keys[i] is { } key && _pages.TryGet(key, out var kept))
            {
                html[i] = kept;
            }
            else
            {
                missing.Add(i);
            }
        }

        var rendered = await theme.RenderAsync([.. missing.Select(i => pages[i])], cancellationToken);
        for (var m = 0; m < missing.Count; m++)
        {
            var i = missing[m];
            html[i] = rendered[m];
            _rendered.Enqueue(pages[i].Context.Url);
            if (keys[i] is { } key)
            {
                _pages.Set(key, rendered[m]);
            }
        }

        return html;
    }

    private static Fingerprint? KeyOf(Fingerprinter fingerprinter, PageRequest page)
    {
        try
        {
            return fingerprinter.Of(page.Context, page.Model);
        }
        catch (NotSupportedException)
        {
            return null; // A model we cannot fingerprint is rendered every time: slower, never stale.
        }
    }
}
