using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Movement.Core.Caching;

/// <summary>
/// Fingerprints object graphs by what they hold: strings, numbers and dates by value, sequences by their
/// elements in order, and every other object by its type and all its fields, private ones included (a public
/// method may read them), but not computed properties, which follow from the fields. A page's model and context then give a
/// key that changes exactly when something the template can read changes, so a rendered page can be reused.
/// Objects met again (the site settings on every page, an item in many listings) are digested once per instance:
/// use one fingerprinter for one build, since content objects are not changed while a build runs.
/// </summary>
public sealed class Fingerprinter
{
    private readonly ConcurrentDictionary<object, Fingerprint> _known = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Type, FieldInfo[]> _members;

    public Fingerprinter(ConcurrentDictionary<Type, FieldInfo[]>? members = null)
    {
        // The members of a type never change: a session shares this table across builds.
        _members = members ?? new ConcurrentDictionary<Type, FieldInfo[]>();
    }

    /// <summary>The fingerprint of the values, in order; throws <see cref="NotSupportedException"/> for what cannot be fingerprinted (a delegate, a stream).</summary>
    public Fingerprint Of(params object?[] values)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var path = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var value in values)
        {
            Append(hash, value, path);
        }

        return Finish(hash);
    }

    private void Append(IncrementalHash hash, object? value, HashSet<object> path)
    {
        switch (value)
        {
            case null:
                Tag(hash, 0);
                return;
            case string text:
                Tag(hash, 1);
                Int(hash, text.Length);
                hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
                return;
            case byte[] bytes:
                Tag(hash, 10);
                Int(hash, bytes.Length);
                hash.AppendData(bytes);
                return;
            case ReadOnlyMemory<byte> memory:
                Tag(hash, 10);
                Int(hash, memory.Length);
                hash.AppendData(memory.Span);
                return;
            case bool or char or byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                Text(hash, 2, Convert.ToString(value, CultureInfo.InvariantCulture)!);
                return;
            case Enum:
                Text(hash, 3, value.GetType().FullName + "." + value);
                return;
            case DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan or Guid:
                Text(hash, 4, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return;
            case Uri uri:
                Text(hash, 5, uri.OriginalString);
                return;
            case Delegate or Type or MemberInfo or Stream or Task or IntPtr or UIntPtr:
                throw new NotSupportedException($"A {value.GetType().Name} cannot be fingerprinted.");
        }

        var type = value.GetType();
        if (type.IsValueType)
        {
            Tag(hash, 6);
            Members(hash, value, type, path); // A struct (a tuple, a key/value pair) has no identity to remember.
            return;
        }

        if (!path.Add(value))
        {
            // A digest remembered inside a cycle would leave out the rest of the cycle: such values are not reused.
            throw new NotSupportedException($"A {type.Name} refers back to itself and cannot be fingerprinted.");
        }

        try
        {
            Tag(hash, 8);
            Digest(hash, OfObject(value, type, path));
        }
        finally
        {
            path.Remove(value);
        }
    }

    private Fingerprint OfObject(object value, Type type, HashSet<object> path)
    {
        if (_known.TryGetValue(value, out var known))
        {
            return known;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Text(hash, 9, type.FullName ?? type.Name);
        if (value is IEnumerable sequence)
        {
            var count = 0;
            foreach (var element in sequence)
            {
                Append(hash, element, path);
                count++;
            }

            Int(hash, count);
        }
        else
        {
            Members(hash, value, type, path);
        }

        var result = Finish(hash);
        _known.TryAdd(value, result);
        return result;
    }

    private void Members(IncrementalHash hash, object value, Type type, HashSet<object> path)
    {
        foreach (var member in _members.GetOrAdd(type, InstanceFields))
        {
            Append(hash, member.GetValue(value), path);
        }
    }

    /// <summary>Every instance field of the type and its base types, in a fixed order.</summary>
    private static FieldInfo[] InstanceFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            fields.AddRange(current.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly));
        }

        return [.. fields.OrderBy(f => f.DeclaringType!.FullName, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    private static void Tag(IncrementalHash hash, byte tag) => hash.AppendData([tag]);

    private static void Int(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BitConverter.TryWriteBytes(bytes, value);
        hash.AppendData(bytes);
    }

    private static void Text(IncrementalHash hash, byte tag, string text)
    {
        Tag(hash, tag);
        Int(hash, text.Length);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
    }

    private static void Digest(IncrementalHash hash, Fingerprint fingerprint)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, fingerprint.High);
        BitConverter.TryWriteBytes(bytes[8..], fingerprint.Low);
        hash.AppendData(bytes);
    }

    private static Fingerprint Finish(IncrementalHash hash)
    {
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Fingerprint.From(digest);
    }
}
