using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Movement.Site.SocialCards;
using SkiaSharp;
using Svg.Skia;

namespace Movement.Site.Images;

/// <summary>
/// The key a drawn picture is kept under: a digest of what it shows and of everything it is drawn with (the
/// fonts' bytes, the versions of the drawing libraries), so a new font or library draws every picture anew.
/// </summary>
public static class PictureKey
{
    private static readonly Lazy<string> Tools = new(() => string.Join('\u001f',
        CardFonts.Digest, VersionOf(typeof(SKCanvas).Assembly), VersionOf(typeof(SKSvg).Assembly),
        VersionOf(typeof(HarfBuzzSharp.Buffer).Assembly), PngFile.Version));

    /// <summary>The key of a picture made from these parts (a drawing's version first, then what it shows).</summary>
    public static string Of(params string[] parts) => Digest(Encoding.UTF8.GetBytes(string.Join('\u001f', [Tools.Value, .. parts])));

    /// <summary>The key of a picture drawn from a file's bytes in a given way.</summary>
    public static string Of(byte[] content, params string[] parts) => Of([Digest(content), .. parts]);

    private static string Digest(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "";
}
