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

    /// <summary>Batches staged and not yet written, with what each one's writing completes.</summary>
    private readonly HandOffQueue<(IReadOnlyList<OutputFile> Files, TaskCompletionSource<FolderSync> Written)> _batches = new();
    private Thread? _writer;

    /// <summary>The writer's second thread, for large batches (see <see cref="FolderSync.Write"/>).</summary>
    private HelperThread? _helper;

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

    /// <remarks>
    /// Batches are written in the order they came, by one thread of the build's own: queued behind the build's work in
    /// the thread pool, a batch waited while rendering went on and every page waiting was kept in memory meanwhile;
    /// and a thread started for each batch (a long-running task) was 28 threads made and ended in a 1,000-page build.
    /// A batch that fails fails every batch after it, and so the commit.
    /// </remarks>
    public Task Stage(IReadOnlyList<OutputFile> files)
    {
        lock (_gate)
        {
            var written = new TaskCompletionSource<FolderSync>(TaskCreationOptions.RunContinuationsAsynchronously);
            _writer ??= StartWriter();
            _batches.Add((files, written));
            _work = written.Task;
            return _work;
        }
    }

    private Thread StartWriter()
    {
        var start = _work;
        _helper = new HelperThread("output writer's helper");
        var thread = new Thread(() => WriteBatches(start)) { IsBackground = true, Name = "output writer" };
        thread.Start();
        return thread;
    }

    private void WriteBatches(Task<FolderSync> start)
    {
        Exception? failed = null;
        while (_batches.TryTake(out var batch))
        {
            var (files, written) = batch;
            if (failed is not null)
            {
                Fail(written, failed);
                continue;
            }

            try
            {
                var sync = start.GetAwaiter().GetResult();
                sync.Write(files, _cancellationToken, _helper);
                written.SetResult(sync);
            }
            catch (Exception exception)
            {
                failed = exception;
                Fail(written, exception);
            }
        }
    }

    /// <summary>Ends a batch as the failure would have ended a task: cancelled by a cancellation, faulted by the rest.</summary>
    private static void Fail(TaskCompletionSource<FolderSync> written, Exception exception)
    {
        if (exception is OperationCanceledException cancelled)
        {
            written.SetCanceled(cancelled.CancellationToken);
        }
        else
        {
            written.SetException(exception);
        }
    }

    public ReadOnlyMemory<byte> ReadStaged(string path) => Work().GetAwaiter().GetResult().Read(path);

    public async Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        var sync = await Work();
        HelperThread? helper;
        lock (_gate)
        {
            helper = _helper;
        }

        sync.Finish(files, cancellationToken, helper);
        cancellationToken.ThrowIfCancellationRequested();
        _output.SwapIn(sync.Manifest);
    }

    public async ValueTask DisposeAsync()
    {
        _batches.Complete(); // The writer ends once it has written what is queued.
        try
        {
            await Work();
        }
        catch (Exception)
        {
            // A build that is not committed has nothing to report from its spare: the site is as it was.
        }

        _writer?.Join();
        _helper?.Dispose();

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
