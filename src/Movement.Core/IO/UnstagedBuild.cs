namespace Movement.Core.IO;

/// <summary>A build into an output that gains nothing from early files (one in memory): only the commit counts.</summary>
public sealed class UnstagedBuild(ISiteOutput output) : IOutputBuild
{
    public Task Stage(IReadOnlyList<OutputFile> files) => Task.CompletedTask;

    public Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken) => output.CommitAsync(files, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
