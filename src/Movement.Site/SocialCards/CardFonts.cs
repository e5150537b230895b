using System.Security.Cryptography;
using SkiaSharp;

namespace Movement.Site.SocialCards;

/// <summary>
/// The typefaces cards are set in, Noto Sans (SIL Open Font License 1.1, see Fonts/OFL.txt), read from this
/// assembly rather than the system, so a card looks the same whichever machine builds it.
/// </summary>
public static class CardFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("NotoSans-Regular.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("NotoSans-Bold.ttf"));
    private static readonly Lazy<string> FilesDigest = new(() => DigestOf("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>A digest of the font files: part of every drawn picture's key, so new fonts draw every picture anew.</summary>
    public static string Digest => FilesDigest.Value;

    private static SKTypeface Load(string file)
    {
        using var data = SKData.CreateCopy(Bytes(file));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {file} cannot be read.");
    }

    private static byte[] Bytes(string file)
    {
        using var stream = Open(file);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The SHA-256 of the files one after the other, read straight from the assembly.</summary>
    /// <remarks>
    /// Every build needs it, for the pictures' keys, and most draw nothing: copying the fonts' megabyte into growing
    /// buffers first was 5% of a one-page build's time.
    /// </remarks>
    private static string DigestOf(params string[] files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[16 * 1024];
        foreach (var file in files)
        {
            using var stream = Open(file);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer[..read]);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static Stream Open(string file) =>
        typeof(CardFonts).Assembly.GetManifestResourceStream("SocialCards." + file)
            ?? throw new InvalidOperationException($"The font {file} is missing from the assembly.");
}
