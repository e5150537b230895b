namespace Movement.Core.IO;

/// <summary>
/// A thread of its own that runs one piece of work at a time for another thread, which then waits for it: a second
/// core for the output's writer that never depends on the thread pool (see <see cref="FolderSync.Write"/>).
/// </summary>
public sealed class HelperThread : IDisposable
{
    private readonly HandOffQueue<(Action Work, TaskCompletionSource Done)> _work = new();
    private readonly Thread _thread;

    public HelperThread(string name)
    {
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>Starts <paramref name="work"/> on the helper; the task ends when the work has, failed if it threw.</summary>
    public Task Start(Action work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add((work, done));
        return done.Task;
    }

    /// <summary>Lets the work already started finish, then ends the thread.</summary>
    public void Dispose()
    {
        _work.Complete();
        _thread.Join();
    }

    private void Run()
    {
        while (_work.TryTake(out var next))
        {
            var (work, done) = next;
            try
            {
                work();
                done.SetResult();
            }
            catch (Exception exception)
            {
                done.SetException(exception);
            }
        }
    }
}
