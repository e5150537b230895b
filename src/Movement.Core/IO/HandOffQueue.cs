namespace Movement.Core.IO;

/// <summary>
/// Work handed from the build's threads to a thread of its own, in order, whose wait for the next piece sleeps at
/// once rather than spinning first.
/// </summary>
/// <remarks>
/// <c>BlockingCollection</c> spins on a semaphore before it sleeps, yielding the core dozens of times each time the
/// writer empties its queue: on two cores that took the core from the threads rendering the pages the writer was
/// waiting for (10,500 yields in a 1,000-page build, most of them the writer's and the heap watcher's).
/// </remarks>
public sealed class HandOffQueue<T>
{
    private readonly Queue<T> _items = new();
    private readonly object _gate = new(); // A monitor, not a Lock: the taker waits on it.
    private bool _completed;

    /// <summary>Queues an item; refused once <see cref="Complete"/> was called.</summary>
    public void Add(T item)
    {
        lock (_gate)
        {
            if (_completed)
            {
                throw new InvalidOperationException("Nothing more can be handed over: the queue was completed.");
            }

            _items.Enqueue(item);
            if (_items.Count == 1)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>No more items: <see cref="TryTake"/> returns false once the queued ones are taken.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The next item, waiting for one; false once the queue is completed and empty.</summary>
    public bool TryTake(out T item)
    {
        lock (_gate)
        {
            while (_items.Count == 0 && !_completed)
            {
                Monitor.Wait(_gate);
            }

            return _items.TryDequeue(out item!);
        }
    }
}
