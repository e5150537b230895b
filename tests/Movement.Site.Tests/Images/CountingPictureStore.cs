using System.Diagnostics.CodeAnalysis;
using Movement.Core.Documents;
using Movement.Site.Images;

namespace Movement.Site.Tests.Images;

/// <summary>A store that counts the pictures drawn into it, to see what a build drew and what it read back.</summary>
public sealed class CountingPictureStore(IPictureStore inner) : IPictureStore
{
    private int _drawn;

    public int Drawn => _drawn;

    private int _read;

    /// <summary>Pictures read back whole, as a build does when the store cannot say their length and digest.</summary>
    public int Read => _read;

    public bool TryGet(string key, out byte[] picture)
    {
        Interlocked.Increment(ref _read);
        return inner.TryGet(key, out picture);
    }

    public string? FileOf(string key) => inner.FileOf(key);

    public bool TryGetKept(string key, [NotNullWhen(true)] out string? file, [NotNullWhen(true)] out StoredContent? content) =>
        inner.TryGetKept(key, out file, out content);

    public void Put(string key, byte[] picture)
    {
        Interlocked.Increment(ref _drawn);
        inner.Put(key, picture);
    }

    public void Sweep() => inner.Sweep();
}
