namespace Movement.Core.IO;

/// <summary>
/// Where a path really leads once every symbolic link along it is followed, as the operating system's realpath
/// does: each link's target replaces it, and '..' then climbs from the folder the link led to.
/// </summary>
public static class RealPath
{
    /// <summary>More links than this in one path is taken to be a circle, as Linux does (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path of an existing file or folder, or null when a link is missing its target or links loop.</summary>
    /// <param name="from">A real folder (no link in it) the path starts from.</param>
    /// <param name="relative">The path below <paramref name="from"/>.</param>
    public static string? Of(string from, string relative)
    {
        var current = from;
        var rest = new Stack<string>(Segments(relative).Reverse());
        var links = 0;
        while (rest.TryPop(out var segment))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, segment);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                if (!File.Exists(next) && !Directory.Exists(next))
                {
                    return null;
                }

                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
            }

            foreach (var part in Segments(target[(Path.IsPathRooted(target) ? Path.GetPathRoot(target)!.Length : 0)..]).Reverse())
            {
                rest.Push(part);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static IEnumerable<string> Segments(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
