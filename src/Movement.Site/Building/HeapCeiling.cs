namespace Movement.Site.Building;

/// <summary>
/// Keeps a build's memory within a fixed headroom of what the collector held after its last full collection: a
/// thread of its own looks every few milliseconds and collects everything, handing the freed memory back, when the
/// collector holds more than the ceiling.
/// </summary>
/// <remarks>
/// Left to its own rhythm the collector seldom looks at its oldest generation. At 100,000 members the member pages
/// began their render with about 170 MB alive and ended it with the process at 870 to 1,000 MB, for less than 450 MB
/// alive; the search index's first seconds took it from 450 MB to 910 MB. A ceiling checked as files were handed to
/// the output missed those bursts, which hand nothing over, hence the thread; one on the heap's count of its objects
/// alone missed the free space the collector keeps committed, hence the larger of that and what it had committed at
/// its last collection. (The process's resident memory would do too, but reading it costs a few milliseconds a look
/// in a process with many threads.) Small builds stay under the ceiling and never pay for a collection.
/// </remarks>
internal sealed class HeapCeiling : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly long _headroom;
    private readonly long _least;
    // Not spinning before each wait: the watcher wakes every 20 ms, and each spin yielded a core the build had work for.
    private readonly ManualResetEventSlim _stop = new(initialState: false, spinCount: 0);
    private readonly Thread _watcher;
    private long _ceiling;
    private int _collections;

    /// <param name="headroom">How far the collector's memory may grow past what it held after the last full collection.</param>
    /// <param name="least">The lowest the ceiling ever is.</param>
    public HeapCeiling(long headroom, long least = 0)
    {
        _headroom = headroom;
        _least = least;
        _ceiling = Math.Max(least, Held() + headroom);
        _watcher = new Thread(Watch) { IsBackground = true, Name = "heap ceiling" };
        _watcher.Start();
    }

    /// <summary>How many collections the ceiling made.</summary>
    public int Collections => Volatile.Read(ref _collections);

    public void Dispose()
    {
        _stop.Set();
        _watcher.Join();
        _stop.Dispose();
    }

    /// <summary>What the collector holds: committed at its last collection (of any generation, so seldom long ago), or allocated since, whichever is more.</summary>
    private static long Held() => Math.Max(GC.GetGCMemoryInfo().TotalCommittedBytes, GC.GetTotalMemory(forceFullCollection: false));

    private void Watch()
    {
        while (!_stop.Wait(Interval))
        {
            if (Held() >= _ceiling)
            {
                ReleasedMemory.CollectAll();
                _ceiling = Math.Max(_least, Held() + _headroom);
                Interlocked.Increment(ref _collections);
            }
        }
    }
}
