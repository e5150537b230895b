using System.Text;

namespace Movement.Core.IO;

/// <summary>
/// What any operating system the site is built on can write: a file or folder name of at most 255 bytes (Linux,
/// macOS, Windows), and a whole path well inside Linux's 4,096 bytes with room for the output folder in front.
/// </summary>
public static class OutputPathLimits
{
    public const int MaxNameBytes = 255;

    public const int MaxPathBytes = 2048;

    /// <summary>Why an output path cannot be written everywhere, or null when it can.</summary>
    public static string? Problem(string relativePath)
    {
        var longest = relativePath.Split('/').MaxBy(Encoding.UTF8.GetByteCount) ?? "";
        var nameBytes = Encoding.UTF8.GetByteCount(longest);
        if (nameBytes > MaxNameBytes)
        {
            return $"a name in it is {nameBytes} bytes long ('{longest[..40]}...'), and no file or folder name may be longer than {MaxNameBytes}";
        }

        var pathBytes = Encoding.UTF8.GetByteCount(relativePath);
        return pathBytes > MaxPathBytes ? $"it is {pathBytes} bytes long, and the site's paths are kept under {MaxPathBytes}" : null;
    }
}
