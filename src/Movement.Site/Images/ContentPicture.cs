using System.Security.Cryptography;
using Movement.Core.IO;
using Movement.Site.Content.AwarenessWeeks;
using SkiaSharp;

namespace Movement.Site.Images;

/// <summary>
/// A raster picture from <c>input/</c> shown in content (a Markdown image, a resource's preview), and the sizes it
/// is published in: each of <see cref="Widths"/> narrower than the file, and the file's own width up to
/// <see cref="MaxWidth"/>, each as WebP and in the file's own format (for browsers without WebP). Its size comes
/// from the file itself, turned as its EXIF orientation says, so the page reserves the right space.
/// </summary>
/// <param name="File">The file, relative to <c>input/</c>.</param>
/// <param name="Url">The original's site URL, where it is published as it is.</param>
/// <param name="Format">"jpeg", "png", "webp", "gif" or "svg+xml".</param>
public sealed record ContentPicture(string File, string Url, int Width, int Height, string Format, IReadOnlyList<PictureVariant> Variants)
{
    /// <summary>Widths drawn for narrower screens; a file narrower than one is not enlarged.</summary>
    public static readonly int[] Widths = [480, 800, 1200];

    /// <summary>The widest copy drawn: wider files are published as they are, but pages offer at most this.</summary>
    public const int MaxWidth = 1600;

    /// <summary>Where the drawn copies are published: a folder of their own, named by the source's digest.</summary>
    public const string Prefix = "/pictures/";

    /// <summary>The sizes in the original's format, widest last: the <c>&lt;img&gt;</c>'s, for browsers without WebP.</summary>
    public IReadOnlyList<PictureVariant> Fallbacks => [.. Variants.Where(v => v.Format == Format)];

    /// <summary>The WebP sizes, for a <c>&lt;source&gt;</c>; none when the original is WebP (the img has them) or is shown as it is.</summary>
    public IReadOnlyList<PictureVariant> WebP => Format is "webp" or "gif" or "svg+xml" ? [] : [.. Variants.Where(v => v.Format == "webp")];

    /// <summary>The size the page reserves: the widest copy offered.</summary>
    public PictureVariant Shown => Fallbacks[^1];

    /// <summary>
    /// The picture a file in <c>input/</c> is shown as, or null when it is not a picture we can read. JPEG, PNG and
    /// WebP get smaller copies; a GIF (which may move) and an SVG (which scales) are shown as they are, at their size.
    /// </summary>
    public static ContentPicture? Of(string file, byte[] bytes)
    {
        var url = "/" + file;
        var extension = SitePath.Extension(file);
        if (extension == ".svg")
        {
            return ImageSize.Read(file, bytes) is { } svg ? AsItIs(file, url, svg.Width, svg.Height, "svg+xml") : null;
        }

        var format = extension switch
        {
            ".jpg" or ".jpeg" => "jpeg",
            ".png" => "png",
            ".webp" => "webp",
            ".gif" => "gif",
            _ => null,
        };
        if (format is null || Dimensions(bytes) is not var (width, height))
        {
            return null;
        }

        if (format == "gif")
        {
            return AsItIs(file, url, width, height, format);
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var stem = Stem(file);
        var fallbackExtension = format == "jpeg" ? extension.TrimStart('.') : format;
        var widest = Math.Min(width, MaxWidth);
        var variants = new List<PictureVariant>();
        foreach (var w in Widths.Where(w => w < widest).Append(widest))
        {
            var h = Math.Max(1, (int)Math.Round(height * (double)w / width));
            var drawn = $"{Prefix}{digest}/{stem}-{w}";
            variants.Add(w == width && format == "webp" ? new PictureVariant(url, w, h, format, true) : new PictureVariant($"{drawn}.webp", w, h, "webp", false));
            if (format != "webp")
            {
                variants.Add(w == width ? new PictureVariant(url, w, h, format, true) : new PictureVariant($"{drawn}.{fallbackExtension}", w, h, format, false));
            }
        }

        return new ContentPicture(file, url, width, height, format, variants);
    }

    /// <summary>The copies the build draws: every variant but the original itself.</summary>
    public IEnumerable<PictureVariant> Drawn => Variants.Where(v => !v.IsOriginal);

    private static ContentPicture AsItIs(string file, string url, int width, int height, string format) =>
        new(file, url, width, height, format, [new PictureVariant(url, width, height, format, true)]);

    /// <summary>The file's name as a safe URL segment: "Baby & Mum.JPG" gives "baby-mum".</summary>
    private static string Stem(string file)
    {
        var words = new string([.. Path.GetFileNameWithoutExtension(file).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stem = string.Join('-', words);
        return stem.Length == 0 ? "picture" : stem[..Math.Min(stem.Length, 60)];
    }

    /// <summary>The size the picture is shown at: the header's, turned a quarter when the EXIF orientation says so.</summary>
    private static (int Width, int Height)? Dimensions(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        var turned = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        return turned ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
    }
}
