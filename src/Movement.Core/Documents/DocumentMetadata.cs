using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Movement.Core.Documents;

/// <summary>
/// A document's metadata: a handful of named values, held as one array of pairs that each change copies.
/// </summary>
/// <remarks>
/// A document carries about five values, and a site of 100,000 members keeps two or three documents a member
/// through the whole build. As an immutable hash tree they took about 300 bytes a document; as one array, about 100.
/// With so few keys, and keys that are the same string objects (<see cref="MetadataKey{T}"/> names), a scan
/// finds one sooner than a hash would.
/// </remarks>
public readonly struct DocumentMetadata : IReadOnlyCollection<KeyValuePair<string, object>>, IEquatable<DocumentMetadata>
{
    private readonly KeyValuePair<string, object>[]? _pairs;

    private DocumentMetadata(KeyValuePair<string, object>[] pairs) => _pairs = pairs;

    public static DocumentMetadata Empty => default;

    public int Count => _pairs?.Length ?? 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var at = IndexOf(key);
        value = at < 0 ? null : _pairs![at].Value;
        return at >= 0;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>, in its place if it was there, else at the end.</summary>
    public DocumentMetadata SetItem(string key, object value)
    {
        var at = IndexOf(key);
        var pairs = new KeyValuePair<string, object>[at < 0 ? Count + 1 : Count];
        _pairs?.CopyTo(pairs, 0);
        pairs[at < 0 ? Count : at] = new(key, value);
        return new DocumentMetadata(pairs);
    }

    /// <summary>A copy without <paramref name="key"/>; this one when it was not there.</summary>
    public DocumentMetadata Remove(string key)
    {
        var at = IndexOf(key);
        if (at < 0)
        {
            return this;
        }

        var pairs = new KeyValuePair<string, object>[Count - 1];
        Array.Copy(_pairs!, 0, pairs, 0, at);
        Array.Copy(_pairs!, at + 1, pairs, at, Count - at - 1);
        return new DocumentMetadata(pairs);
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)(_pairs ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same values by identity, as two documents made by the same step share them.</summary>
    public bool Equals(DocumentMetadata other) => ReferenceEquals(_pairs, other._pairs);

    public override bool Equals(object? obj) => obj is DocumentMetadata other && Equals(other);

    public override int GetHashCode() => _pairs?.GetHashCode() ?? 0;

    private int IndexOf(string key)
    {
        var pairs = _pairs;
        if (pairs is null)
        {
            return -1;
        }

        for (var i = 0; i < pairs.Length; i++)
        {
            if (string.Equals(pairs[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
