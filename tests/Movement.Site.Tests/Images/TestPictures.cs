using SkiaSharp;

namespace Movement.Site.Tests.Images;

/// <summary>Pictures drawn for tests: a gradient with a few shapes, so resizing and encoding have something to do.</summary>
public static class TestPictures
{
    public static byte[] Draw(int width, int height, SKEncodedImageFormat format)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        using var paint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [new SKColor(0x0b, 0x55, 0x63), new SKColor(0xf4, 0xa2, 0x61)], SKShaderTileMode.Clamp),
        };
        canvas.DrawRect(0, 0, width, height, paint);
        using var circle = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawCircle(width / 3f, height / 2f, Math.Min(width, height) / 4f, circle);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90)!;
        return data.ToArray();
    }

    /// <summary>A GIF of one transparent pixel whose header says it is this size (Skia draws no GIFs; a header is all a size needs).</summary>
    public static byte[] Gif(int width, int height) =>
    [
        .. "GIF89a"u8, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0,
        0xFF, 0xFF, 0xFF, 0, 0, 0, 0x21, 0xF9, 4, 1, 0, 0, 0, 0,
        0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B,
    ];

    /// <summary>A JPEG whose EXIF says to turn it a quarter clockwise to show it (orientation 6), as phone cameras write.</summary>
    public static byte[] TurnedJpeg(int storedWidth, int storedHeight)
    {
        var jpeg = Draw(storedWidth, storedHeight, SKEncodedImageFormat.Jpeg);
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, first IFD at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // Orientation, SHORT, 1 value: 6
            0, 0, 0, 0, // no next IFD
        ];
        byte[] exif = [.. "Exif\0\0"u8, .. tiff];
        var length = exif.Length + 2;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }
}
