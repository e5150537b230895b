using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Movement.Site.SocialCards;

/// <summary>
/// Sets every text of an SVG rendition in the cards' Noto Sans, bold from weight 600: whatever family the
/// SVG asks for, the picture never depends on the fonts of the machine that builds it.
/// </summary>
public sealed class CardTypefaces : ITypefaceProvider
{
    public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
        (int)fontWeight >= 600 ? CardFonts.Bold : CardFonts.Regular;
}
