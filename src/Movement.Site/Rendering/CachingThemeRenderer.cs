using System.Collections.Concurrent;
using Movement.Core.Caching;

namespace Movement.Site.Rendering;

/// <summary>
/// A theme renderer that keeps every page it rendered, keyed by the fingerprint of the page's context and model,
/// and renders again only the pages whose fingerprint is new. The preview holds one across builds: after an edit,
/// only the pages that show something that changed are rendered. What it returns is what the theme would return.
/// </summary>
public sealed class CachingThemeRenderer(IThemeRenderer theme) : IThemeRenderer
{
    private readonly Memo<Fingerprint, string> _pages = new();
    private readonly ConcurrentQueue<string> _rendered = new();
    private Fingerprinter _fingerprinter = new();

    public IReadOnlyList<ThemeAsset> Assets => theme.Assets;

    /// <summary>The URLs of the pages the theme rendered during the current build (those not reused).</summary>
    public IReadOnlyList<string> Rendered => [.. _rendered.Order(StringComparer.Ordinal)];

    /// <summary>Starts a build, with the fingerprinter of the session's other caches.</summary>
    public void StartBuild(Fingerprinter fingerprinter)
    {
        _fingerprinter = fingerprinter;
        _rendered.Clear();
    }

    /// <summary>Ends a build: pages it did not produce are forgotten.</summary>
    public void FinishBuild() => _pages.Sweep();

    public async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<PageRequest> pages, CancellationToken cancellationToken)
    {
        var fingerprinter = _fingerprinter;
        var html = new string[pages.Count];
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
