using Movement.Core.IO;

namespace Movement.Site.Caching;

/// <summary>
/// The input's list of files and refused links, kept between the preview's rebuilds while no file is created,
/// deleted or replaced: after an edit to a file's content, listing the tree again (twice, once for the files and
/// once for the links) was a walk of the whole input folder for an unchanged answer.
/// </summary>
/// <param name="input">The files themselves; reads go straight to it.</param>
public sealed class KeptListing(IFileSystem input) : IFileSystem
{
    private IReadOnlyList<string>? _files;
    private IReadOnlyList<RefusedFile>? _refused;

    public IReadOnlyList<string> ListFiles() => _files ??= input.ListFiles();

    public IReadOnlyList<RefusedFile> ListRefusedFiles() => _refused ??= input.ListRefusedFiles();

    public bool Exists(string path) => input.Exists(path);

    public byte[] ReadAllBytes(string path) => input.ReadAllBytes(path);

    public long Length(string path) => input.Length(path);

    /// <summary>
    /// Lists the tree again on next use, unless every changed path is a file that was listed and still is one to
    /// read: then none was created or deleted, and a link can only have been made over a path by creating it.
    /// </summary>
    /// <param name="changed">The changed paths (relative, with '/'); null when unknown.</param>
    public void Forget(IReadOnlyCollection<string>? changed)
    {
        if (_files is { } files && changed is not null && changed.All(path => IsListed(files, path) && input.Exists(path)))
        {
            return;
        }

        _files = null;
        _refused = null;
    }

    private static bool IsListed(IReadOnlyList<string> files, string path)
    {
        // The list is sorted ordinally (see IFileSystem.ListFiles): a binary search, not a scan of a thousand names.
        int low = 0, high = files.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(files[middle], path);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }
}
