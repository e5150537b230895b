namespace Movement.Core.IO;

/// <summary>
/// Where a finished site goes. A build hands over the complete set of files only when it has no
/// errors, so an implementation can replace the previous site in one step.
/// </summary>
public interface ISiteOutput
{
    Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken);

    /// <summary>
    /// Opens one build's output before its files are all known. Files staged on it may be written where no
    /// reader sees them, so that writing overlaps the build; only its commit shows the new site.
    /// </summary>
    IOutputBuild Begin(CancellationToken cancellationToken) => new UnstagedBuild(this);
}
