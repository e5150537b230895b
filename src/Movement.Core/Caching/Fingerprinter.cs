using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Movement.Core.Caching;

/// <summary>
/// Fingerprints object graphs by what they hold: strings, numbers and dates by value, sequences by their
/// elements in order, and every other object by its type and all its fields, private ones included (a public
/// method may read them), but not computed properties, which follow from the fields. A page's model and context
/// then give a key that changes exactly when something the template can read changes, so a rendered page can be
/// reused. Sequences and larger objects met again (the site settings on every page, an item in many listings)
/// are digested once per instance, and remembered for as long as the instance lives: this holds because content
/// objects are immutable once made (records, and lists nobody adds to after they are handed on). The preview
/// keeps one fingerprinter for a session, so an item reused from the last build costs nothing to fingerprint.
/// </summary>
public sealed class Fingerprinter
{
    /// <summary>Collections with fewer elements than this (tags, breadcrumbs) are written into their parent's digest too.</summary>
    private const int RememberedElementCount = 8;

    /// <summary>Strings longer than this (a body's HTML) are digested once per string.</summary>
    private const int RememberedCharCount = 128;

    /// <summary>Byte arrays longer than this (a file's content) are digested once per array.</summary>
    private const int RememberedByteCount = 256;

    /// <summary>
    /// How many tables the remembered digests are spread over, by object identity. A table takes one lock for every
    /// addition and holds it while it grows; with one table, the threads fingerprinting pages in parallel spent most
    /// of a preview rebuild's fingerprinting waiting for it (70 % of the samples in the theme renderer's keys).
    /// </summary>
    private const int KnownShards = 16; // 2^4: see KnownOf.

    /// <summary>How many levels of fields <see cref="SameAs"/> walks before it gives up: a view, its lists, their items' fields.</summary>
    private const int SameDepth = 6;

    private readonly ConditionalWeakTable<object, StrongBox<Fingerprint>>[] _known = [.. Enumerable.Range(0, KnownShards).Select(_ => new ConditionalWeakTable<object, StrongBox<Fingerprint>>())];

    // One per thread: a fingerprint is worked out on one thread from start to end, and a shared pool of them cost
    // a tenth of the time of a page's key.
    private readonly ThreadLocal<Scratch> _scratch = new(() => new Scratch());
    private readonly ConcurrentDictionary<Type, FingerprintedType> _types = new();

    /// <summary>The fingerprint of the values, in order; throws <see cref="NotSupportedException"/> for what cannot be fingerprinted (a delegate, a stream, a cycle).</summary>
    public Fingerprint Of(params object?[] values)
    {
        // A preview rebuild fingerprints thousands of pages: buffers are reused rather than allocated per object.
        var scratch = _scratch.Value!;
        var buffer = scratch.Rent();
        try
        {
            foreach (var value in values)
            {
                Write(buffer, value, scratch);
            }

            return Digest(buffer);
        }
        finally
        {
            scratch.Return(buffer);
            scratch.Path.Clear();
        }
    }

    /// <summary>
    /// Whether <paramref name="now"/> certainly has the fingerprint <paramref name="before"/> has, told without digesting
    /// either: each is the same object as the other, or of the same type with every field (a collection: every element,
    /// in order) the same in turn, down to objects that are the same instances or plain values written alike. A view
    /// made anew each build from unchanged items then costs a walk of its few fields, not a fingerprint. False when in
    /// doubt (a struct, a graph deeper than a few levels): the caller then fingerprints.
    /// </summary>
    public bool SameAs(object? before, object? now) => Same(before, now, SameDepth);

    private bool Same(object? before, object? now, int depth)
    {
        if (ReferenceEquals(before, now))
        {
            return true;
        }

        if (before is null || now is null || before.GetType() != now.GetType() || depth == 0)
        {
            return false;
        }

        switch (before)
        {
            case string text:
                return string.Equals(text, (string)now, StringComparison.Ordinal);
            case byte[] bytes:
                return bytes.AsSpan().SequenceEqual((byte[])now);
            case int or bool:
                return before.Equals(now);
            case char or byte or sbyte or short or ushort or uint or long or ulong or float or double or decimal or Enum or
                DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan or Guid or Uri:
                // Compared as written, which equal values need not share (1.0m and 1.00m, 0.0 and -0.0, an instant at two offsets).
                return TextOf(before) == TextOf(now);
            case Delegate or Type or MemberInfo or Stream or Task or ValueType:
                return false; // Never fingerprinted, or structs the fingerprinter reads its own way.
            case IEnumerable elements:
                return SameElements(elements, (IEnumerable)now, depth - 1);
        }

        foreach (var field in TypeOf(before.GetType()).Fields)
        {
            if (!Same(field.Read(before), field.Read(now), depth - 1))
            {
                return false;
            }
        }

        return true;
    }

    private bool SameElements(IEnumerable before, IEnumerable now, int depth)
    {
        if (before is ICollection a && now is ICollection b && a.Count != b.Count)
        {
            return false;
        }

        var left = before.GetEnumerator();
        var right = now.GetEnumerator();
        try
        {
            while (true)
            {
                var more = left.MoveNext();
                if (more != right.MoveNext())
                {
                    return false;
                }

                if (!more)
                {
                    return true;
                }

                if (!Same(left.Current, right.Current, depth))
                {
                    return false;
                }
            }
        }
        finally
        {
            (left as IDisposable)?.Dispose();
            (right as IDisposable)?.Dispose();
        }
    }

    private void Write(ArrayBufferWriter<byte> buffer, object? value, Scratch scratch)
    {
        switch (value)
        {
            case null:
                Tag(buffer, 0);
                return;
            case string { Length: > RememberedCharCount } text:
                Tag(buffer, 15);
                WriteDigest(buffer, OfText(text)); // A body or summary, the same string while its document is unchanged.
                return;
            case string text:
                Tag(buffer, 1);
                Int(buffer, text.Length);
                buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
                return;
            case byte[] { Length: > RememberedByteCount } bytes:
                Tag(buffer, 16);
                WriteDigest(buffer, OfBytes(bytes)); // A file's bytes, the same array while the file is unchanged.
                return;
            case byte[] bytes:
                Tag(buffer, 2);
                Int(buffer, bytes.Length);
                buffer.Write(bytes);
                return;
            case ReadOnlyMemory<byte> memory when MemoryMarshal.TryGetArray(memory, out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length:
                Write(buffer, whole.Array, scratch); // The same as the array itself, so a file's bytes are digested once.
                return;
            case ReadOnlyMemory<byte> memory:
                Tag(buffer, 2);
                Int(buffer, memory.Length);
                buffer.Write(memory.Span);
                return;
            case int number:
                Tag(buffer, 3);
                Int(buffer, number);
                return;
            case bool flag:
                Tag(buffer, flag ? (byte)4 : (byte)5);
                return;
            case char or byte or sbyte or short or ushort or uint or long or ulong or float or double or decimal or Enum or
                DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan or Guid or Uri:
                var written = TextOf(value);
                Text(buffer, written.Tag, written.Text);
                return;
            case Delegate or Type or MemberInfo or Stream or Task or IntPtr or UIntPtr:
                throw new NotSupportedException($"A {value.GetType().Name} cannot be fingerprinted.");
        }

        var type = value.GetType();
        if (type.IsValueType)
        {
            Tag(buffer, 10);
            ValueFields(buffer, value, type, scratch); // A struct (a tuple, a key/value pair) has no identity to remember.
            return;
        }

        if (!scratch.Path.Enter(value))
        {
            // A digest remembered inside a cycle would leave out the rest of the cycle: such values are not reused.
            throw new NotSupportedException($"A {type.Name} refers back to itself and cannot be fingerprinted.");
        }

        try
        {
            // Small objects and lists are cheaper to write out than to digest apart and look up again.
            var shape = TypeOf(type);
            var isCollection = value is IEnumerable;
            if (!isCollection && shape.Inline)
            {
                TypeName(buffer, 11, shape);
                Fields(buffer, value, shape.Fields, scratch);
                return;
            }

            if (value is ICollection { Count: < RememberedElementCount } small)
            {
                TypeName(buffer, 14, shape);
                Int(buffer, small.Count);
                foreach (var element in small)
                {
                    Write(buffer, element, scratch);
                }

                return;
            }

            Tag(buffer, 12);
            WriteDigest(buffer, OfObject(value, shape, isCollection, scratch));
        }
        finally
        {
            scratch.Path.Leave();
        }
    }

    /// <summary>How a number, an enum value, a date or time, a GUID or an address is written: a tag for its kind, and text.</summary>
    private static (byte Tag, string Text) TextOf(object value) => value switch
    {
        Enum => (7, value.GetType().FullName + "." + value),
        DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan or Guid => (8, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
        Uri uri => (9, uri.OriginalString),
        _ => (6, Convert.ToString(value, CultureInfo.InvariantCulture)!),
    };

    private Fingerprint OfText(string text)
    {
        if (KnownOf(text).TryGetValue(text, out var known))
        {
            return known.Value;
        }

        var result = Digest(MemoryMarshal.AsBytes(text.AsSpan())); // The tag before the digest tells it from other values.
        KnownOf(text).TryAdd(text, new StrongBox<Fingerprint>(result));
        return result;
    }

    private Fingerprint OfBytes(byte[] bytes)
    {
        if (KnownOf(bytes).TryGetValue(bytes, out var known))
        {
            return known.Value;
        }

        var result = Digest(bytes);
        KnownOf(bytes).TryAdd(bytes, new StrongBox<Fingerprint>(result));
        return result;
    }

    /// <remarks>
    /// Chosen by the top bits of the identity hash spread by a multiplication: a table puts an object in a bucket by the
    /// hash's low bits, and shards chosen by those would leave each table only one bucket in 16 to use.
    /// </remarks>
    private ConditionalWeakTable<object, StrongBox<Fingerprint>> KnownOf(object value) =>
        _known[(uint)RuntimeHelpers.GetHashCode(value) * 2654435769u >> 28];

    private static void WriteDigest(ArrayBufferWriter<byte> buffer, Fingerprint digest)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(16), digest.High);
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(16)[8..], digest.Low);
        buffer.Advance(16);
    }

    private Fingerprint OfObject(object value, FingerprintedType shape, bool isCollection, Scratch scratch)
    {
        if (KnownOf(value).TryGetValue(value, out var known))
        {
            return known.Value;
        }

        var buffer = scratch.Rent();
        Fingerprint result;
        try
        {
            TypeName(buffer, 13, shape);
            if (isCollection)
            {
                var count = 0;
                foreach (var element in (IEnumerable)value)
                {
                    Write(buffer, element, scratch);
                    count++;
                }

                Int(buffer, count);
            }
            else
            {
                Fields(buffer, value, shape.Fields, scratch);
            }

            result = Digest(buffer);
        }
        finally
        {
            scratch.Return(buffer);
        }

        KnownOf(value).TryAdd(value, new StrongBox<Fingerprint>(result));
        return result;
    }

    private void Fields(ArrayBufferWriter<byte> buffer, object value, FieldReader[] fields, Scratch scratch)
    {
        foreach (var field in fields)
        {
            Write(buffer, field.Read(value), scratch);
        }
    }

    /// <summary>
    /// A struct's fields. Tuples and key/value pairs of references are read without reflection: a native program
    /// lists the fields of the framework's generic structs but has no code to read them (it throws).
    /// </summary>
    private void ValueFields(ArrayBufferWriter<byte> buffer, object value, Type type, Scratch scratch)
    {
        if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                Write(buffer, tuple[i], scratch);
            }

            return;
        }

        var shape = TypeOf(type);
        if (shape.IsPairOfReferences)
        {
            // A boxed KeyValuePair<K, V> of two reference types is laid out as an object of two reference fields,
            // key first (the runtime shares one layout, and one compiled code, between all such pairs).
            var pair = Unsafe.As<BoxedPair>(value);
            Write(buffer, pair.Key, scratch);
            Write(buffer, pair.Value, scratch);
            return;
        }

        Fields(buffer, value, shape.Fields, scratch);
    }

    private FingerprintedType TypeOf(Type type) => _types.GetOrAdd(type, static t => new FingerprintedType(t));

    private static void TypeName(ArrayBufferWriter<byte> buffer, byte tag, FingerprintedType type)
    {
        Tag(buffer, tag);
        Int(buffer, type.Name.Length);
        buffer.Write(type.Name);
    }

    private static void Tag(ArrayBufferWriter<byte> buffer, byte tag)
    {
        buffer.GetSpan(1)[0] = tag;
        buffer.Advance(1);
    }

    private static void Int(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static void Text(ArrayBufferWriter<byte> buffer, byte tag, string text)
    {
        Tag(buffer, tag);
        Int(buffer, text.Length);
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private static Fingerprint Digest(ArrayBufferWriter<byte> buffer) => Digest(buffer.WrittenSpan);

    /// <remarks>
    /// XxHash128 rather than a cryptographic hash: a fingerprint only tells apart the values of one
    /// session of one site, and 128 bits leave a chance collision out of reach. A preview rebuild digests thousands
    /// of small objects, and SHA-256 took some 6 % of its CPU (1,000 items).
    /// </remarks>
    private static Fingerprint Digest(ReadOnlySpan<byte> bytes) => Fingerprint.From(XxHash128.HashToUInt128(bytes));

    /// <summary>How a boxed key/value pair of two references is laid out in memory (see <see cref="ValueFields"/>).</summary>
    private sealed class BoxedPair
    {
        public object? Key = null;

        public object? Value = null;
    }

    /// <summary>
    /// The objects from the root to the one being written. A few deep at most, so a scan by reference is cheaper than
    /// a set: a set gave every object written a hash code (some 3 % of a preview rebuild's CPU on the demo).
    /// </summary>
    private sealed class ObjectPath
    {
        private object[] _objects = new object[16];
        private int _count;

        /// <summary>Steps down to <paramref name="value"/>; false when it is already on the path (a cycle).</summary>
        public bool Enter(object value)
        {
            for (var i = 0; i < _count; i++)
            {
                if (ReferenceEquals(_objects[i], value))
                {
                    return false;
                }
            }

            if (_count == _objects.Length)
            {
                Array.Resize(ref _objects, _count * 2);
            }

            _objects[_count++] = value;
            return true;
        }

        /// <summary>Steps back up from the last object entered.</summary>
        public void Leave() => _objects[--_count] = null!;

        public void Clear()
        {
            Array.Clear(_objects, 0, _count);
            _count = 0;
        }
    }

    /// <summary>What one fingerprint in progress needs: the objects on the path from the root (to find cycles) and a buffer per nested digest.</summary>
    private sealed class Scratch
    {
        private readonly Stack<ArrayBufferWriter<byte>> _buffers = new();

        public ObjectPath Path { get; } = new();

        public ArrayBufferWriter<byte> Rent() => _buffers.TryPop(out var buffer) ? buffer : new ArrayBufferWriter<byte>(1024);

        public void Return(ArrayBufferWriter<byte> buffer)
        {
            buffer.ResetWrittenCount();
            _buffers.Push(buffer);
        }
    }
}
