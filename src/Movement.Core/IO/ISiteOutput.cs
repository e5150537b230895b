namespace Movement.Core.IO;

/// <summary>
/// Where a finished site goes. A build hands over the complete set of files only when it has no
/// errors, so an implementation can replace the previous site in one step.
/// </summary>
public interface ISiteOutput
{
    Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken);
}
