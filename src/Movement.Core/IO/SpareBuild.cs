namespace Movement.Core.IO;

/// <summary>
/// One build into a <see cref="DirectoryOutput"/>: it takes the spare folder's lock, then writes staged
/// files into the spare in the background while the build goes on. The commit brings the spare to exactly
/// the build's files and exchanges it with the site; without a commit the site is never touched.
/// </summary>
internal sealed class SpareBuild : IOutputBuild
{
    private readonly DirectoryOutput _output;
    private readonly CancellationToken _cancellationToken;
    private readonly Lock _gate = new();
    private FileStream? _lock;

    /// <summary>The spare's sync after every batch staged so far, in the order they were staged.</summary>
    private Task<FolderSync> _work;

    public SpareBuild(DirectoryOutput output, CancellationToken cancellationToken)
    {
        _output = output;
        _cancellationToken = cancellationToken;
        _work = Task.Run(async () =>
        {
            _lock = await output.LockSpareAsync(cancellationToken);
            output.RemoveAbandonedStaging();
            return new FolderSync(output.Spare, OutputManifest.Load(output.SpareManifest));
        }, cancellationToken);
    }

    public bool KeepsStaged => true;

    public Task Stage(IReadOnlyList<OutputFile> files)
    {
        lock (_gate)
        {
            return _work = _work.ContinueWith(
                previous =>
                {
                    var sync = previous.GetAwaiter().GetResult(); // An earlier failure goes on to the commit.
                    sync.Write(files, _cancellationToken);
                    return sync;
                },
                CancellationToken.None,
                // On a thread of its own: queued behind the build's own work, a batch waited to be written while
                // rendering went on, and every page waiting was kept in memory meanwhile.
                TaskContinuationOptions.LongRunning,
                TaskScheduler.Default);
        }
    }

    public ReadOnlyMemory<byte> ReadStaged(string path) => Work().GetAwaiter().GetResult().Read(path);

    public async Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        var sync = await Work();
        sync.Finish(files, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        _output.SwapIn(sync.Manifest);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Work();
        }
        catch (Exception)
        {
            // A build that is not committed has nothing to report from its spare: the site is as it was.
        }

        if (_lock is not null)
        {
            await _lock.DisposeAsync();
        }
    }

    private Task<FolderSync> Work()
    {
        lock (_gate)
        {
            return _work;
        }
    }
}
