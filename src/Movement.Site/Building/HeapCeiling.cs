using System.Diagnostics;

namespace Movement.Site.Building;

/// <summary>
/// Keeps a build's memory within a fixed headroom of what it held after its last full collection: a thread of its
/// own looks at the process's resident memory every few milliseconds and collects everything, handing the freed
/// memory back, when it has grown past the ceiling.
/// </summary>
/// <remarks>
/// Left to its own rhythm the collector seldom looks at its oldest generation. At 100,000 members the member pages
/// began their render with about 170 MB alive and ended it with the process at 870 to 1,000 MB, for less than 450 MB
/// alive; the search index's first seconds took it from 450 MB to 910 MB. A ceiling checked as files were handed to
/// the output missed those bursts, which hand nothing over, hence the thread; one on the heap's own count of its
/// objects missed the free space the collector keeps inside its regions, hence resident memory, which is also what
/// the build's peak is measured by. Small builds stay under the ceiling and never pay for a collection.
/// </remarks>
internal sealed class HeapCeiling : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly long _headroom;
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _watcher;
    private long _ceiling;
    private int _collections;

    public HeapCeiling(long headroom)
    {
        _headroom = headroom;
        _ceiling = Resident() + headroom;
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
        _process.Dispose();
    }

    /// <summary>The process's resident memory now (not <see cref="Environment.WorkingSet"/>, which a trimmed native program may not have).</summary>
    private long Resident()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    private void Watch()
    {
        while (!_stop.Wait(Interval))
        {
            if (Resident() >= _ceiling)
            {
                ReleasedMemory.CollectAll();
                _ceiling = Resident() + _headroom;
                Interlocked.Increment(ref _collections);
            }
        }
    }
}
