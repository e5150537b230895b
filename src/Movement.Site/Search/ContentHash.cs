using System.Security.Cryptography;

namespace Movement.Site.Search;

/// <summary>A short name from a file's content, so that a changed file gets a new name and any name can be cached forever.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..10];
}
