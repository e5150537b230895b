using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using Movement.Core.Documents;
using Movement.Core.Caching;
using Movement.Core.Markdown;

namespace Movement.Site.Caching;

/// <summary>
/// Results that one build of a site may take from the builds before it, each keyed by the fingerprint of all
/// that went into it. A plain build remembers nothing (fingerprinting would cost more than it saves); the
/// preview keeps one for as long as site.yml stays the same.
/// </summary>
public sealed class SiteCaches
{
    private const int TableShards = 16; // 2^4: see Kept.

    private readonly ConcurrentBag<Action> _sweeps = [];
    private readonly ConcurrentDictionary<string, object> _named = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(Type, Type), object> _instances = new();
    private readonly ConditionalWeakTable<string, byte[]> _encoded = new();

    private SiteCaches(bool remember)
    {
        Remember = remember;
        Fingerprints = new Fingerprinter();
        Markdown = new MarkdownRenderer(remember);
        if (Markdown.Remembered is { } bodies)
        {
            _sweeps.Add(bodies.Sweep);
        }
    }

    /// <summary>For one build: nothing is kept.</summary>
    public static SiteCaches ForOneBuild() => new(remember: false);

    /// <summary>For a series of builds of one site.</summary>
    public static SiteCaches ForSession() => new(remember: true);

    public bool Remember { get; }

    /// <summary>The Markdown renderer; for a session, one that keeps each body's HTML.</summary>
    public MarkdownRenderer Markdown { get; }

    /// <summary>The session's fingerprinter: an object is digested once, whoever asks, in whichever build.</summary>
    public Fingerprinter Fingerprints { get; }

    /// <summary>
    /// Moves on when the input changes in a way a document's own text does not show: a file created or deleted,
    /// or a change to a file that is not content text (a download's size is part of the brief that offers it).
    /// </summary>
    public long InputVersion { get; set; }

    /// <summary>
    /// What <paramref name="compute"/> makes of this object, kept for as long as the object lives: for steps that
    /// depend on one immutable object only, such as an item's search document.
    /// </summary>
    public TValue ForInstance<TKey, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TValue>(TKey instance, Func<TKey, TValue> compute)
        where TKey : class
        where TValue : class =>
        Remember ? Kept(TableOf<TKey, TValue>(), instance, compute) : compute(instance);

    /// <summary><see cref="ForInstance"/> as a function, its table looked up once: for a step asked thousands of times a build (each posting's positions).</summary>
    public Func<TKey, TValue> PerInstance<TKey, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TValue>(Func<TKey, TValue> compute)
        where TKey : class
        where TValue : class
    {
        if (!Remember)
        {
            return compute;
        }

        var table = TableOf<TKey, TValue>();
        return instance => Kept(table, instance, compute);
    }

    /// <summary>
    /// The tables of one kind of result, by the instance's identity: a table takes one lock for every addition and
    /// holds it while it grows, and the search packer adds thousands of positions from several threads at once.
    /// </summary>
    private ConditionalWeakTable<TKey, TValue>[] TableOf<TKey, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TValue>()
        where TKey : class
        where TValue : class =>
        (ConditionalWeakTable<TKey, TValue>[])_instances.GetOrAdd((typeof(TKey), typeof(TValue)), static _ => Enumerable.Range(0, TableShards).Select(_ => new ConditionalWeakTable<TKey, TValue>()).ToArray());

    /// <remarks>No lambda here: one that captured <paramref name="compute"/> would be allocated on every call, hit or miss.</remarks>
    private static TValue Kept<TKey, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TValue>(ConditionalWeakTable<TKey, TValue>[] tables, TKey instance, Func<TKey, TValue> compute)
        where TKey : class
        where TValue : class
    {
        // By the top bits of the spread identity hash: a table buckets by the low bits (see Fingerprinter.KnownOf).
        var table = tables[(uint)RuntimeHelpers.GetHashCode(instance) * 2654435769u >> 28];
        if (table.TryGetValue(instance, out var known))
        {
            return known;
        }

        var value = compute(instance);
        return table.TryAdd(instance, value) || !table.TryGetValue(instance, out known) ? value : known; // Another thread may have added it first.
    }

    /// <summary>The cache of this name, made on first use and swept with the others after each build.</summary>
    public Memo<Fingerprint, T> Named<T>(string name) => Named<Fingerprint, T>(name);

    /// <summary>The cache of this name with keys of another kind, such as records compared by value.</summary>
    public Memo<TKey, TValue> Named<TKey, TValue>(string name)
        where TKey : notnull => (Memo<TKey, TValue>)_named.GetOrAdd(name, _ =>
    {
        var memo = new Memo<TKey, TValue>();
        _sweeps.Add(memo.Sweep);
        return memo;
    });

    /// <summary>A document's bytes; a page reused from the last build is the same string, and is not encoded again.</summary>
    public ReadOnlyMemory<byte> BytesOf(Document document) =>
        document.Bytes ?? (Remember ? _encoded.GetValue(document.Text, text => Encoding.UTF8.GetBytes(text)) : document.ContentBytes());

    /// <summary>The result of <paramref name="compute"/> for these inputs, computed again only when an input changed.</summary>
    public T Reuse<T>(Memo<Fingerprint, T> memo, Func<T> compute, params object?[] inputs)
    {
        if (!Remember)
        {
            return compute();
        }

        Fingerprint key;
        try
        {
            key = Fingerprints.Of(inputs);
        }
        catch (NotSupportedException)
        {
            return compute(); // Inputs we cannot fingerprint are worked on every time: slower, never stale.
        }

        return memo.GetOrAdd(key, _ => compute());
    }

    /// <summary>Forgets what the build just finished did not use.</summary>
    public void FinishBuild()
    {
        foreach (var sweep in _sweeps)
        {
            sweep();
        }
    }
}
