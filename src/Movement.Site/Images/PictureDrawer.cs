using SkiaSharp;

namespace Movement.Site.Images;

/// <summary>
/// Draws a smaller copy of a picture in content: decoded, turned upright as its EXIF orientation says (the copies
/// carry no EXIF), scaled with a cubic filter and encoded with fixed settings, so the same file always gives the
/// same bytes (<c>PictureDrawerTests</c> encodes twice and compares).
/// </summary>
public static class PictureDrawer
{
    /// <summary>Moves on when the drawing or the encoder settings change, so kept copies are drawn anew.</summary>
    public const string Version = "content-picture-1";

    private const int WebPQuality = 80;
    private const int JpegQuality = 82;

    public static byte[] Draw(byte[] original, PictureVariant variant)
    {
        using var data = SKData.CreateCopy(original);
        using var codec = SKCodec.Create(data) ?? throw new ArgumentException("Not a picture Skia can read.", nameof(original));
        using var decoded = SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        using var upright = Upright(decoded, codec.EncodedOrigin);
        var opaque = variant.Format == "jpeg";
        var info = new SKImageInfo(variant.Width, variant.Height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(opaque ? SKColors.White : SKColors.Transparent);
        using var image = SKImage.FromBitmap(upright);
        surface.Canvas.DrawImage(image, new SKRect(0, 0, variant.Width, variant.Height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var pixels = surface.PeekPixels();
        using var encoded = variant.Format switch
        {
            "webp" => pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebPQuality)),
            "jpeg" => pixels.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            _ => pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
        };
        return (encoded ?? throw new InvalidOperationException($"Skia could not encode {variant.Format}.")).ToArray();
    }

    /// <summary>The bitmap as it is meant to be seen: EXIF orientations other than top-left are applied.</summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return bitmap.Copy();
        }

        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = turned ? (bitmap.Height, bitmap.Width) : (bitmap.Width, bitmap.Height);
        var result = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(OrientationMatrix(origin, bitmap.Width, bitmap.Height));
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return result;
    }

    /// <summary>The transform that maps the stored pixels to the upright picture, for each EXIF orientation.</summary>
    private static SKMatrix OrientationMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
