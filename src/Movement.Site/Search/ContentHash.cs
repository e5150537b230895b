using System.Security.Cryptography;

namespace Movement.Site.Search;

/// <summary>A short name from a file's content, so that a changed file gets a new name and any name can be cached forever.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..10];

    /// <summary>The name of two files read as one, <paramref name="first"/>, a new line, then <paramref name="second"/>, without joining them.</summary>
    public static string Of(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(first);
        hash.AppendData("\n"u8);
        hash.AppendData(second);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }
}
