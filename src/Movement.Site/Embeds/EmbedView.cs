using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.Embeds;

/// <summary>A resource as it appears in a partner's iframe, with the week it belongs to when there is one.</summary>
public sealed record EmbedView(PartnerResource Resource, AwarenessWeek? Week)
{
    /// <summary>The iframe's size: a picture needs room; a text resource is a short card.</summary>
    public int Width => 360;

    public int Height => Resource.IsImage ? 460 : 220;
}
