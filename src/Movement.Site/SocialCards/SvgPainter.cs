using System.Xml.Linq;
using SkiaSharp;
using Svg.Skia;

namespace Movement.Site.SocialCards;

/// <summary>
/// Draws an SVG into a PNG of a given size: the picture as large as fits, centred, on its own
/// background colour (the commonest colour along its edges), so a wide card in a square frame reads as
/// one picture. Script is off and text is set in the cards' fonts.
/// </summary>
public static class SvgPainter
{
    /// <summary>Moves on when the drawing of the same SVG changes, so kept copies are drawn anew.</summary>
    public const string Version = "svg-1";

    public static byte[] Paint(XDocument? svg, int width, int height)
    {
        using var sksvg = new SKSvg();
        sksvg.Settings.EnableJavaScript = false;
        sksvg.Settings.EnableExternalJavaScript = false;
        sksvg.Settings.EnableBrokenImagePlaceholders = false;
        sksvg.Settings.TypefaceProviders = [new CardTypefaces()];
        var picture = svg is null ? null : Load(sksvg, svg);

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        if (picture is { CullRect: { Width: > 0, Height: > 0 } bounds })
        {
            var scale = Math.Min(width / bounds.Width, height / bounds.Height);
            var (drawnWidth, drawnHeight) = ((int)Math.Round(bounds.Width * scale), (int)Math.Round(bounds.Height * scale));
            using var drawn = SKSurface.Create(new SKImageInfo(drawnWidth, drawnHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
            drawn.Canvas.Scale(scale);
            drawn.Canvas.Translate(-bounds.Left, -bounds.Top);
            drawn.Canvas.DrawPicture(picture);
            using var image = drawn.Snapshot();
            using var pixels = image.PeekPixels();
            canvas.Clear(EdgeColour(pixels));
            canvas.DrawImage(image, (width - drawnWidth) / 2f, (height - drawnHeight) / 2f, SKSamplingOptions.Default);
        }

        using var result = surface.PeekPixels();
        return PngFile.Encode(result);
    }

    /// <summary>The opaque colour found most often along the picture's four edges (the lowest on a tie); white if none is opaque.</summary>
    private static SKColor EdgeColour(SKPixmap pixels)
    {
        var (w, h) = (pixels.Width, pixels.Height);
        var edge = Enumerable.Range(0, w).SelectMany(x => new[] { (x, 0), (x, h - 1) })
            .Concat(Enumerable.Range(0, h).SelectMany(y => new[] { (0, y), (w - 1, y) }));
        var bytes = pixels.GetPixelSpan();
        var counts = new Dictionary<uint, int>();
        foreach (var (x, y) in edge)
        {
            var at = y * pixels.RowBytes + x * 4;
            if (bytes[at + 3] == 255)
            {
                var colour = (uint)new SKColor(bytes[at], bytes[at + 1], bytes[at + 2]);
                counts[colour] = counts.GetValueOrDefault(colour) + 1;
            }
        }

        return counts.Count == 0
            ? SKColors.White
            : new SKColor(counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key);
    }

    private static SKPicture? Load(SKSvg sksvg, XDocument svg)
    {
        try
        {
            using var reader = svg.CreateReader();
            return sksvg.Load(reader);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // A drawing the renderer cannot make sense of: the rendition is its plain background.
        }
    }
}
