using System.Diagnostics.CodeAnalysis;
using Movement.Core.Documents;

namespace Movement.Site.Images;

/// <summary>
/// Where pictures drawn at build time (link-preview cards, PNG copies of SVGs) are kept between builds, each by a
/// digest of everything that goes into it (<see cref="PictureKey"/>): a picture whose inputs are unchanged is read
/// back rather than drawn again.
/// </summary>
public interface IPictureStore
{
    /// <summary>The picture kept under this key, if any; asking marks it as used by the current build.</summary>
    bool TryGet(string key, out byte[] picture);

    void Put(string key, byte[] picture);

    /// <summary>The file that holds the picture kept under this key, when the store keeps pictures as files: the output may link it.</summary>
    string? FileOf(string key) => null;

    /// <summary>
    /// The file that holds the picture kept under this key, with the picture's length and digest, when the store
    /// knows them without reading it (a site's cards are most of its bytes); asking marks it as used.
    /// </summary>
    bool TryGetKept(string key, [NotNullWhen(true)] out string? file, [NotNullWhen(true)] out StoredContent? content)
    {
        (file, content) = (null, null);
        return false;
    }

    /// <summary>Ends a build without errors: forgets the pictures it did not use, so the store holds one site's worth.</summary>
    void Sweep();
}
