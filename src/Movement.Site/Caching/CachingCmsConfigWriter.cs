using Movement.Core.Caching;
using Movement.Site.Cms;

namespace Movement.Site.Caching;

/// <summary>Keeps the CMS's config.yml for the session while the awareness-week years stay the same.</summary>
public sealed class CachingCmsConfigWriter(ICmsConfigWriter writer, SiteCaches caches) : ICmsConfigWriter
{
    private readonly Memo<Fingerprint, string> _config = caches.Named<string>("cms-config");

    public string Write(IReadOnlyList<string> years) => caches.Reuse(_config, () => writer.Write(years), years);
}
