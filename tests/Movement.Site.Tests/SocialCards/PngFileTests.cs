using Movement.Site.SocialCards;
using SkiaSharp;

namespace Movement.Site.Tests.SocialCards;

public class PngFileTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(7, 5)]
    [InlineData(37, 9)]
    [InlineData(1200, 4)]
    public void A_picture_of_any_width_decodes_to_the_same_pixels(int width, int height)
    {
        // Widths that are not a multiple of four pixels take the filter's byte-by-byte tail.
        var random = new Random(width * 1000 + height);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var pixels = bitmap.GetPixelSpan();
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255; // Opaque, as cards are.
        }

        using var pixmap = bitmap.PeekPixels();
        using var decoded = SKBitmap.Decode(PngFile.Encode(pixmap)).Copy(SKColorType.Rgba8888);

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.True(decoded.GetPixelSpan().SequenceEqual(bitmap.GetPixelSpan()));
    }
}
