namespace Movement.Core.IO;

/// <summary>
/// One build's way into an <see cref="ISiteOutput"/>: files staged while the build runs, then the commit of
/// the complete set. Disposing it without a commit leaves the previous site as it was.
/// </summary>
public interface IOutputBuild : IAsyncDisposable
{
    /// <summary>Files the build expects to commit. The commit's list decides: a staged file it lacks is not published.</summary>
    void Stage(IReadOnlyList<OutputFile> files);

    Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken);
}
