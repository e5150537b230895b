namespace Movement.Cli.Preview;

/// <summary>
/// Collects the garbage of a rebuild once its reload has gone out and no other rebuild has started. A preview
/// rebuild of a 1,000-item site leaves some 35 MB behind, and a collection that falls inside the next rebuild
/// pauses it for 10 to 50 ms (the session's caches make many objects survive); between edits nobody waits.
/// The tidying a rebuild leaves for later (the session's caches swept of what it did not use) is done first, so its
/// garbage goes in the same collection.
/// </summary>
public sealed class IdleCollector(TimeSpan delay, Func<Task> tidy)
{
    private long _rebuilds;

    /// <summary>A rebuild starts: a collection scheduled before it is no longer wanted.</summary>
    public void RebuildStarting() => Interlocked.Increment(ref _rebuilds);

    /// <summary>A rebuild is over and its result sent: collect after <c>delay</c>, unless another rebuild has started by then.</summary>
    public void RebuildFinished()
    {
        var rebuild = Interlocked.Read(ref _rebuilds);
        _ = Task.Delay(delay).ContinueWith(
            async _ =>
            {
                if (Interlocked.Read(ref _rebuilds) == rebuild)
                {
                    await tidy();
                }

                if (Interlocked.Read(ref _rebuilds) == rebuild)
                {
                    GC.Collect(1, GCCollectionMode.Forced, blocking: true);
                }
            },
            TaskScheduler.Default);
    }
}
