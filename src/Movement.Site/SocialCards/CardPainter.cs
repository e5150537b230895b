using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Movement.Site.SocialCards;

/// <summary>
/// Draws a <see cref="SocialCard"/> as a 1200×630 PNG in the movement's colours (those of the theme's
/// site.css): the title large in white on the brand teal, a label in the focus yellow, the date, and the
/// logo's two circles, the parent's holding the baby's. The same card gives the same bytes: nothing in
/// it depends on the time or the machine's fonts. A painter holds text shapers, which are not shared
/// between threads: one painter per thread.
/// </summary>
public sealed class CardPainter : IDisposable
{
    private static readonly SKColor Brand = SKColor.Parse("#0b5563");
    private static readonly SKColor BrandDark = SKColor.Parse("#073a44");
    private static readonly SKColor Peach = SKColor.Parse("#f4a582");
    private static readonly SKColor Focus = SKColor.Parse("#ffbf47");
    private static readonly SKColor Pale = SKColor.Parse("#dfe9ea");

    private const float Margin = 80;
    private const float TextWidth = 860;

    /// <summary>Title sizes tried in turn, each with the lines it may take; the last one ends in an ellipsis if needed.</summary>
    private static readonly (float Size, int Lines)[] TitleSizes = [(72, 3), (60, 4), (50, 5), (44, 6)];

    private static readonly SKImageInfo CardPixels = new(SocialCard.Width, SocialCard.Height, SKColorType.Rgba8888, SKAlphaType.Premul);

    // One surface for every card this painter draws, and the part every card of a site shares (colour, circles, the
    // site's name) drawn once and copied in: together more than half of a card's drawing, at 100,000 member cards.
    private readonly SKSurface _surface = SKSurface.Create(CardPixels);
    private SKBitmap? _backdrop;
    private string? _backdropSiteTitle;

    private readonly SKShaper _bold = new(CardFonts.Bold);
    private readonly SKShaper _regular = new(CardFonts.Regular);

    public byte[] Paint(SocialCard card)
    {
        var canvas = _surface.Canvas;
        StartFromBackdrop(card.SiteTitle);
        var top = 200f;
        if (card.Label.Length > 0)
        {
            DrawLabel(canvas, card.Label, top);
            top += 78;
        }

        DrawTitle(canvas, card.Title, top, card.DateLine.Length > 0 ? 520 : 560);
        if (card.DateLine.Length > 0)
        {
            using var font = Font(CardFonts.Regular, 28);
            using var paint = Fill(Pale);
            // Wider than the title: the circles leave the foot of the card clear up to the peach one.
            var (lines, _) = TextLines.Wrap(card.DateLine, _regular, font, 960, 1);
            canvas.DrawShapedText(_regular, lines[0], Margin, 572, SKTextAlign.Left, font, paint);
        }

        using var pixels = _surface.PeekPixels();
        return PngFile.Encode(pixels);
    }

    public void Dispose()
    {
        _surface.Dispose();
        _backdrop?.Dispose();
        _bold.Dispose();
        _regular.Dispose();
    }

    /// <summary>
    /// Puts the backdrop and masthead on the surface: drawn the first time (and for another site title), copied in
    /// after that. The copy holds exactly the pixels the drawing gave, so a card is byte for byte what drawing it whole gives.
    /// </summary>
    private void StartFromBackdrop(string siteTitle)
    {
        using var pixels = _surface.PeekPixels();
        if (_backdrop is not null && _backdropSiteTitle == siteTitle)
        {
            _backdrop.GetPixelSpan().CopyTo(pixels.GetPixelSpan());
            return;
        }

        var canvas = _surface.Canvas;
        canvas.Clear(Brand);
        DrawBackdrop(canvas);
        DrawMasthead(canvas, siteTitle);
        canvas.Flush();
        _backdrop ??= new SKBitmap(CardPixels);
        pixels.GetPixelSpan().CopyTo(_backdrop.GetPixelSpan());
        _backdropSiteTitle = siteTitle;
    }

    /// <summary>The logo's circles, large, off the right edge; a darker band along the foot.</summary>
    private static void DrawBackdrop(SKCanvas canvas)
    {
        using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 44, Color = SKColors.White.WithAlpha(34) };
        canvas.DrawCircle(1130, 280, 280, ring);
        using var dot = Fill(Peach);
        canvas.DrawCircle(1175, 470, 150, dot);
        using var foot = Fill(Peach);
        canvas.DrawRect(0, SocialCard.Height - 14, SocialCard.Width, 14, foot);
    }

    private void DrawMasthead(SKCanvas canvas, string siteTitle)
    {
        // The site's mark: a white ring (the parent) holding a peach circle (the baby), as in the header.
        using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 6, Color = SKColors.White };
        canvas.DrawCircle(Margin + 26, 100, 22, ring);
        using var dot = Fill(Peach);
        canvas.DrawCircle(Margin + 42, 106, 12, dot);
        using var font = Font(CardFonts.Bold, 30);
        using var paint = Fill(SKColors.White);
        var (lines, _) = TextLines.Wrap(siteTitle, _bold, font, TextWidth - 70, 1);
        canvas.DrawShapedText(_bold, lines[0], Margin + 72, 111, SKTextAlign.Left, font, paint);
    }

    private void DrawLabel(SKCanvas canvas, string label, float top)
    {
        using var font = Font(CardFonts.Bold, 26);
        var (lines, _) = TextLines.Wrap(label, _bold, font, TextWidth - 44, 1);
        var width = _bold.Shape(lines[0], font).Width;
        using var pill = Fill(Focus);
        canvas.DrawRoundRect(new SKRect(Margin, top, Margin + width + 44, top + 50), 25, 25, pill);
        using var text = Fill(BrandDark);
        canvas.DrawShapedText(_bold, lines[0], Margin + 22, top + 35, SKTextAlign.Left, font, text);
    }

    /// <summary>The title at the largest size at which it fits between top and bottom, wrapped; cut with an ellipsis at the smallest.</summary>
    private void DrawTitle(SKCanvas canvas, string title, float top, float bottom)
    {
        using var paint = Fill(SKColors.White);
        foreach (var (size, maxLines) in TitleSizes)
        {
            var lineHeight = size * 1.18f;
            var fitting = Math.Min(maxLines, (int)((bottom - top) / lineHeight));
            using var font = Font(CardFonts.Bold, size);
            var (lines, fits) = TextLines.Wrap(title, _bold, font, TextWidth, fitting);
            if (!fits && size != TitleSizes[^1].Size)
            {
                continue;
            }

            for (var i = 0; i < lines.Count; i++)
            {
                canvas.DrawShapedText(_bold, lines[i], Margin, top + size + i * lineHeight, SKTextAlign.Left, font, paint);
            }

            return;
        }
    }

    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = true };

    private static SKPaint Fill(SKColor color) => new() { IsAntialias = true, Color = color };
}
