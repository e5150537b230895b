using Movement.Core.Caching;

namespace Movement.Site.Images;

/// <summary>Pictures kept in memory: for the preview's series of builds, and for tests that look at pictures.</summary>
public sealed class MemoryPictureStore : IPictureStore
{
    private readonly Memo<string, byte[]> _pictures = new(StringComparer.Ordinal);

    public bool TryGet(string key, out byte[] picture) => _pictures.TryGet(key, out picture);

    public void Put(string key, byte[] picture) => _pictures.Set(key, picture);

    public void Sweep() => _pictures.Sweep();
}
