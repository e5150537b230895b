using System.Collections.Concurrent;

namespace Movement.Core.Caching;

/// <summary>
/// Results of a pure function kept from one build to the next. Each entry remembers the last build that used it;
/// <see cref="Sweep"/> after a build drops what that build did not use, so the cache holds one site's worth at most.
/// </summary>
public sealed class Memo<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries;
    private long _generation;

    public Memo(IEqualityComparer<TKey>? comparer = null)
    {
        _entries = new ConcurrentDictionary<TKey, Entry>(comparer);
    }

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            Volatile.Write(ref entry.Generation, Volatile.Read(ref _generation));
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value) => _entries[key] = new Entry(value, Volatile.Read(ref _generation));

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (TryGet(key, out var value))
        {
            return value;
        }

        value = compute(key);
        Set(key, value);
        return value;
    }

    /// <summary>Ends a build: forgets what it did not use.</summary>
    public void Sweep()
    {
        var current = Volatile.Read(ref _generation);
        foreach (var (key, entry) in _entries)
        {
            if (entry.Generation != current)
            {
                _entries.TryRemove(key, out _);
            }
        }

        Interlocked.Increment(ref _generation);
    }

    private sealed class Entry(TValue value, long generation)
    {
        public TValue Value { get; } = value;

        public long Generation = generation;
    }
}
