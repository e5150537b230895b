using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.SocialCards;

/// <summary>
/// A PNG copy of an SVG resource in a size social platforms take on upload (they refuse SVG):
/// "poster.svg" gives "poster-1200x630.png" and "poster-1080x1080.png".
/// </summary>
public sealed record SvgRendition(string Url, int Width, int Height, string Use)
{
    public static IReadOnlyList<SvgRendition> For(PartnerResource resource)
    {
        var file = resource.File.Url;
        if (!file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var stem = file[..^".svg".Length];
        return
        [
            new($"{stem}-1200x630.png", 1200, 630, "for X, Facebook and LinkedIn posts"),
            new($"{stem}-1080x1080.png", 1080, 1080, "square, for Instagram"),
        ];
    }
}
