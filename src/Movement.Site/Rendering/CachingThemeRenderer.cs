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
    private readonly Memo<string, KeyedRequest> _requests = caches.Named<string, KeyedRequest>("page-requests");
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

        // On every core: a preview rebuild asks for every page of the site, and working out their keys one at a time
        // kept one core busy while the other idled.
        Parallel.For(0, pages.Count, i => keys[i] = KeyOf(fingerprinter, pages[i]));
        var missing = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
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

    private Fingerprint? KeyOf(Fingerprinter fingerprinter, PageRequest page)
    {
        if (_requests.TryGet(page.Context.Url, out var last) && SameRequest(fingerprinter, last.Request, page))
        {
            return last.Key;
        }

        try
        {
            var key = fingerprinter.Of(page.Context, page.Model);
            _requests.Set(page.Context.Url, new KeyedRequest(page, key));
            return key;
        }
        catch (NotSupportedException)
        {
            return null; // A model we cannot fingerprint is rendered every time: slower, never stale.
        }
    }

    /// <summary>
    /// Whether a page asks for what it asked for in the last build, so its key is the last one without digesting it
    /// again: a model and a context that are the same objects, or made anew of the same objects and values
    /// (<see cref="Fingerprinter.SameAs"/>: a brief's view is made each build from the brief, its related briefs and
    /// its tracked asks, all reused while unchanged). Objects are immutable once made, so these give the same
    /// fingerprint. The settings and the catalogue are made anew each build and are large, so they are compared by
    /// their (remembered) fingerprints. Anything else makes the page's fingerprint be worked out again: slower, never stale.
    /// </summary>
    private static bool SameRequest(Fingerprinter fingerprinter, PageRequest last, PageRequest now)
    {
        var (before, context) = (last.Context, now.Context);
        return fingerprinter.SameAs(last.Model, now.Model)
            && fingerprinter.SameAs(before with { Site = context.Site, Catalogue = context.Catalogue }, context)
            && (ReferenceEquals(before.Site, context.Site) || fingerprinter.Of(before.Site) == fingerprinter.Of(context.Site))
            && (ReferenceEquals(before.Catalogue, context.Catalogue) || fingerprinter.Of(before.Catalogue) == fingerprinter.Of(context.Catalogue));
    }

    /// <summary>A page's request and the fingerprint worked out for it.</summary>
    private sealed record KeyedRequest(PageRequest Request, Fingerprint Key);
}
