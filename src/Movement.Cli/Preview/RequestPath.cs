namespace Movement.Cli.Preview;

/// <summary>
/// Decides whether a request's path may be looked up at all. The preview serves files from an in-memory map of
/// the build, so no path can reach the disk whatever it says; still, anything that tries to climb out of the
/// site (dot segments, their encoded forms, encoded slashes, backslashes, NUL) is refused outright, so such a
/// request gets the 404 page rather than whatever a normalised form of it might name.
/// </summary>
public static class RequestPath
{
    private static readonly string[] EncodedTricks = ["%2e", "%2f", "%5c", "%00"];

    /// <param name="rawTarget">The request target exactly as the client sent it.</param>
    /// <param name="decodedPath">The server's decoded path.</param>
    /// <returns>The decoded path, starting with '/', or null when it must not be looked up.</returns>
    public static string? Safe(string rawTarget, string decodedPath)
    {
        var query = rawTarget.IndexOf('?');
        var raw = query >= 0 ? rawTarget[..query] : rawTarget;
        if (raw.Contains('\\') || EncodedTricks.Any(t => raw.Contains(t, StringComparison.OrdinalIgnoreCase)) || HasDotSegment(raw))
        {
            return null;
        }

        if (!decodedPath.StartsWith('/') || decodedPath.Contains('\\') || decodedPath.Contains('\0') || HasDotSegment(decodedPath))
        {
            return null;
        }

        return decodedPath;
    }

    private static bool HasDotSegment(string path) => path.Split('/').Any(segment => segment is "." or "..");
}
