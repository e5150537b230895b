namespace Movement.Core.IO;

/// <summary>
/// One build's way into an <see cref="ISiteOutput"/>: files staged while the build runs, then the commit of
/// the complete set. Disposing it without a commit leaves the previous site as it was.
/// </summary>
public interface IOutputBuild : IAsyncDisposable
{
    /// <summary>Files the build expects to commit. The commit's list decides: a staged file it lacks is not published.</summary>
    /// <returns>Done once these files are written where they are staged (at once when nothing is written early).</returns>
    Task Stage(IReadOnlyList<OutputFile> files);

    /// <summary>
    /// Whether staged files are kept where <see cref="ReadStaged"/> finds them, so the build may drop its own copy
    /// and hand them to the commit as <see cref="OutputFile.Staged"/>.
    /// </summary>
    bool KeepsStaged => false;

    /// <summary>A staged file's bytes as written; waits for the writing of what was staged before.</summary>
    ReadOnlyMemory<byte> ReadStaged(string path) => throw new NotSupportedException("This output does not keep staged files.");

    Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken);
}
