using System.Buffers;

namespace Movement.Core.IO;

/// <summary>
/// Brings a folder holding an earlier generation of the site (or a half-written one, or nothing) to
/// exactly the given files: deletes what is no longer produced and writes only files whose bytes differ.
/// It compares against the bytes on disk rather than a record of them, so whatever a killed build left
/// in the folder, the result is right.
/// </summary>
/// <remarks>
/// Overwriting a file costs about ten times as much as reading and comparing it, and creating one more
/// still; deleting what is unchanged and writing it again is what made rebuilds slow.
/// </remarks>
public static class SyncSpare
{
    public static void Run(string root, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(root);
        var wanted = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var full = Path.Combine(root, file.Path);
            wanted[full] = file;
            var folder = Path.GetDirectoryName(full)!;
            while (folder.Length > root.Length && folders.Add(folder))
            {
                folder = Path.GetDirectoryName(folder)!;
            }
        }

        var lengths = new Dictionary<string, long>(files.Count, StringComparer.Ordinal);
        Prune(new DirectoryInfo(root), wanted, folders, lengths);
        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount * 2 };
        Parallel.ForEach(wanted, options, pair =>
        {
            var content = pair.Value.Content.Span;
            if (!lengths.TryGetValue(pair.Key, out var length) || length != content.Length || !SameBytes(pair.Key, content))
            {
                using var stream = new FileStream(pair.Key, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
                stream.Write(content);
            }
        });
    }

    /// <summary>Deletes every file and folder the new generation does not have, and notes the length of those it keeps.</summary>
    private static void Prune(DirectoryInfo folder, Dictionary<string, OutputFile> wanted, HashSet<string> folders, Dictionary<string, long> lengths)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                if (folders.Contains(directory.FullName))
                {
                    Prune(directory, wanted, folders, lengths);
                }
                else
                {
                    directory.Delete(recursive: true);
                }
            }
            else if (entry is FileInfo file && entry.LinkTarget is null && wanted.ContainsKey(file.FullName))
            {
                lengths[file.FullName] = file.Length;
            }
            else
            {
                entry.Delete(); // A file no longer produced, or a link, which we never write.
            }
        }
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            using var handle = File.OpenHandle(path);
            var read = 0;
            while (read < content.Length)
            {
                var count = RandomAccess.Read(handle, buffer.AsSpan(read, content.Length - read), read);
                if (count == 0)
                {
                    return false;
                }

                read += count;
            }

            return buffer.AsSpan(0, content.Length).SequenceEqual(content);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
