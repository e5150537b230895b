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
    private static readonly Lazy<string> FilesDigest = new(() => Convert.ToHexStringLower(SHA256.HashData([.. Bytes("NotoSans-Regular.ttf"), .. Bytes("NotoSans-Bold.ttf")])));

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
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream("SocialCards." + file)
            ?? throw new InvalidOperationException($"The font {file} is missing from the assembly.");
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
