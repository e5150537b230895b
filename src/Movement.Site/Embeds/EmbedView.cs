using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.Embeds;

/// <summary>A resource as it appears in a partner's iframe, with the week it belongs to when there is one.</summary>
public sealed record EmbedView(PartnerResource Resource, AwarenessWeek? Week)
{
    /// <summary>Fits a 320 px phone with a page's usual 8 px margins.</summary>
    public const int FrameWidth = 300;

    /// <summary>The frame less its border and padding (embed.css): the width the picture is drawn at.</summary>
    private const int InnerWidth = FrameWidth - 2 - 24;

    /// <summary>The iframe's size.</summary>
    public int Width => FrameWidth;

    /// <summary>
    /// The iframe's height: for a picture, the picture at the frame's width, from its own proportions, plus
    /// the lines of title and credit under it (estimated from their length at embed.css's sizes), so the
    /// frame holds the card with no blank band; a text resource is a short card.
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
            var picture = (int)Math.Ceiling(Math.Min(InnerWidth, size.Width) * (double)size.Height / size.Width);
            var titleLines = (int)Math.Ceiling(Resource.Title.Length / 30.0);
            // "From the <site, taken as 30 characters>, for <week>. Download and share it"
            var credit = 9 + 30 + (Week is null ? 0 : 6 + Week.Title.Length) + 25;
            var creditLines = (int)Math.Ceiling(credit / 34.0);
            return 5 + 24 + picture + 13 + titleLines * 22 + creditLines * 20;
        }
    }
}
