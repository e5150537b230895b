using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Movement.Core.IO;

/// <summary>
/// What a build left in an output folder: each file's length, last-write time and a digest of its bytes,
/// recorded as it finished. A later build that finds a file of the same length and time trusts the
/// digest instead of reading the file (the quick check rsync and git make): a file changed since, by a
/// killed build or by hand, has another time and is compared byte by byte.
/// </summary>
public sealed class OutputManifest
{
    private const string Header = "movement-output-manifest 1";
    private readonly Dictionary<string, OutputManifestEntry> _entries;

    public OutputManifest(Dictionary<string, OutputManifestEntry> entries)
    {
        _entries = entries;
    }

    public static OutputManifest Empty { get; } = new(new Dictionary<string, OutputManifestEntry>(StringComparer.Ordinal));

    public int Count => _entries.Count;

    /// <param name="path">A file's path relative to the folder, with '/' between its parts.</param>
    public bool TryGet(string path, [MaybeNullWhen(false)] out OutputManifestEntry entry) => _entries.TryGetValue(path, out entry);

    /// <summary>Reads a manifest; one that is missing or not in this format is empty, which only makes the next build compare bytes.</summary>
    public static OutputManifest Load(string file)
    {
        try
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            if (reader.ReadLine() != Header)
            {
                return Empty;
            }

            // A file written in the same tick of the clock as the manifest might have been changed again in that
            // tick without its time moving (as git says of its index, "racily clean"): such a file is compared.
            var savedAt = File.GetLastWriteTimeUtc(file).Ticks;
            var entries = new Dictionary<string, OutputManifestEntry>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                // length, ticks and digest, then the path, which may hold spaces and comes last.
                var parts = line.Split(' ', 4);
                if (parts.Length != 4
                    || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                    || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                    || !ulong.TryParse(parts[2], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var digest))
                {
                    return Empty;
                }

                if (ticks < savedAt)
                {
                    entries[parts[3]] = new OutputManifestEntry(length, ticks, digest);
                }
            }

            return new OutputManifest(entries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Empty;
        }
    }

    /// <summary>Writes the manifest beside its final name, then moves it there, so a reader never meets half of one.</summary>
    public void Save(string file)
    {
        var paths = _entries.Keys.Where(path => !path.Contains('\n')).ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        var temporary = file + ".tmp";

        // Streamed to the file: as one string, a 12,000-file manifest was large enough to set off a full collection.
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024))
        {
            writer.Write(Header);
            writer.Write('\n');
            foreach (var path in paths)
            {
                var entry = _entries[path];
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{entry.Length} {entry.WriteTicks} {entry.Digest:x16} {path}\n"));
            }
        }

        File.Move(temporary, file, overwrite: true);
    }
}
