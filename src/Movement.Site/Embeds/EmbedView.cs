using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.SocialCards;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Movement.Site.Embeds;

/// <summary>A resource as it appears in a partner's iframe, with the week it belongs to when there is one.</summary>
public sealed record EmbedView(PartnerResource Resource, AwarenessWeek? Week, string SiteTitle)
{
    /// <summary>Fits a 320 px phone with a page's usual 8 px margins.</summary>
    public const int FrameWidth = 300;

    /// <summary>The frame less its border and padding (embed.css): the width the picture and text are set in.</summary>
    private const int InnerWidth = FrameWidth - 2 - 24;

    /// <summary>embed.css's sizes: the title at 1.05rem bold, line-height 1.3; the credit at 0.85rem, line-height 1.45.</summary>
    private const float TitleSize = 16.8f;
    private const float CreditSize = 13.6f;
    private const double TitleLine = TitleSize * 1.3;
    private const double CreditLine = CreditSize * 1.45;

    /// <summary>The iframe's size.</summary>
    public int Width => FrameWidth;

    /// <summary>
    /// The iframe's height: for a picture, the picture at the frame's width, from its own proportions, plus the
    /// lines of title and credit under it, broken as a browser breaks them in Noto Sans (the common fallback of
    /// embed.css's system-ui, and as wide as most system faces), so the frame holds the card with no blank band
    /// and nothing cut; a text resource is a short card.
    /// </summary>
    public int Height
    {
        get
        {
            if (!Resource.IsImage || Resource.Size is not { Width: > 0, Height: > 0 } size)
            {
                return Resource.IsImage ? 460 : 220;
            }

            // embed.css shrinks a picture to the frame but never enlarges it.
            var picture = Math.Ceiling(Math.Min(InnerWidth, size.Width) * (double)size.Height / size.Width);
            var credit = $"From the {SiteTitle}{(Week is null ? "" : $", for {Week.Title}")}. Download and share it";
            var text = Lines(Resource.Title, CardFonts.Bold, TitleSize) * TitleLine + Lines(credit, CardFonts.Regular, CreditSize) * CreditLine;
            // 4 px top border, 12 px padding above and below, 1 px bottom border, two 0.4rem gaps.
            return (int)Math.Ceiling(4 + 12 + picture + 6.4 * 2 + text + 12 + 1);
        }
    }

    private static int Lines(string text, SKTypeface face, float size)
    {
        using var shaper = new SKShaper(face);
        using var font = new SKFont(face, size);
        return TextLines.Wrap(text, shaper, font, InnerWidth, int.MaxValue).Lines.Count;
    }
}
