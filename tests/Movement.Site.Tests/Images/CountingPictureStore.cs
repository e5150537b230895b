using Movement.Site.Images;

namespace Movement.Site.Tests.Images;

/// <summary>A store that counts the pictures drawn into it, to see what a build drew and what it read back.</summary>
public sealed class CountingPictureStore(IPictureStore inner) : IPictureStore
{
    private int _drawn;

    public int Drawn => _drawn;

    public bool TryGet(string key, out byte[] picture) => inner.TryGet(key, out picture);

    public void Put(string key, byte[] picture)
    {
        Interlocked.Increment(ref _drawn);
        inner.Put(key, picture);
    }

    public void Sweep() => inner.Sweep();
}
