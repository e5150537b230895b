using Movement.Core.IO;
using Movement.Site.Caching;
using Movement.Site.Rendering;
using Movement.Site.Settings;

namespace Movement.Site.Building;

/// <summary>
/// A site built again and again from the same input folder, as the preview does: each rebuild is told which
/// input files changed, and keeps from the previous builds whatever those changes cannot have touched.
/// The result of every rebuild is the result a clean build of the same input would give.
/// </summary>
/// <remarks>
/// Every rebuild runs every pipeline, so nothing can be missed; what makes it quick is that the costly steps
/// remember their results by what they were given: input files are read again only when the watcher saw them
/// change, a Markdown body is rendered again only when its text changed, and a page goes through the theme again
/// only when the fingerprint of its model and context changed (the edited brief, and the listings, search page
/// and feeds that show it). A change to site.yml starts afresh, since every page shows the settings.
/// </remarks>
public sealed class SiteSession
{
    private readonly BuildOptions _options;
    private readonly SnapshotFileSystem _input;
    private readonly KeptListing _listing;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private Remembered? _remembered;
    private bool _swept = true;

    /// <param name="options">The build's options; <see cref="BuildOptions.Output"/> is ignored: the caller serves <see cref="BuildReport.Files"/>.</param>
    public SiteSession(BuildOptions options)
    {
        _input = new SnapshotFileSystem(options.Input);
        _listing = new KeptListing(_input);
        _options = options with { Output = null, Input = _listing };
    }

    /// <summary>The URLs of the pages the last rebuild sent through the theme (the others were reused).</summary>
    public IReadOnlyList<string> LastRendered => _remembered?.Theme.Rendered ?? [];

    /// <summary>Builds the site again.</summary>
    /// <param name="changed">The input paths (relative, with '/') created, changed or deleted since the last build; null when unknown (everything is read again).</param>
    public async Task<BuildReport> RebuildAsync(IReadOnlyCollection<string>? changed, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            SweepNow();
            var before = _listing.ListFiles();
            _input.Forget(changed);
            _listing.Forget(changed);
            var after = _listing.ListFiles();
            var inputChanged = changed is null || (before != after && !before.SequenceEqual(after, StringComparer.Ordinal)) || changed.Any(p => !IsContentText(p));
            var settings = _input.Exists(SiteSettingsFile.FileName) ? _input.ReadAllBytes(SiteSettingsFile.FileName) : [];
            if (_remembered is null || !settings.AsSpan().SequenceEqual(_remembered.Settings))
            {
                var caches = SiteCaches.ForSession();
                _remembered = new Remembered(settings, new CachingThemeRenderer(_options.Theme, caches), caches);
            }

            var remembered = _remembered;
            if (inputChanged)
            {
                remembered.Caches.InputVersion++;
            }

            remembered.Theme.StartBuild();
            var report = await SiteBuilder.BuildAsync(_options with { Theme = remembered.Theme }, remembered.Caches, cancellationToken);
            _swept = false;
            return report;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Forgets what the last rebuild did not use. The preview calls it once the reload has gone out, so nobody waits
    /// for it (a walk of every cache: some milliseconds at 1,000 items); a rebuild that starts first does it itself.
    /// </summary>
    public async Task SweepAsync()
    {
        await _oneAtATime.WaitAsync();
        try
        {
            SweepNow();
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private void SweepNow()
    {
        if (!_swept)
        {
            _remembered?.Caches.FinishBuild();
            _swept = true;
        }
    }

    /// <summary>Files whose content only the documents read from them depend on.</summary>
    private static bool IsContentText(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" or ".yml" or ".yaml" or ".csv";

    /// <summary>What is kept between builds while site.yml stays the same.</summary>
    private sealed record Remembered(byte[] Settings, CachingThemeRenderer Theme, SiteCaches Caches);
}
