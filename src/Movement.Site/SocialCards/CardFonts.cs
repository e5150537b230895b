using SkiaSharp;

namespace Movement.Site.SocialCards;

/// <summary>
/// The typefaces cards are set in, Noto Sans (SIL Open Font License 1.1, see Fonts/OFL.txt), read from this
/// assembly rather than the system, so a card looks the same whichever machine builds it.
/// </summary>
public static class CardFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("NotoSans-Regular.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("NotoSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream("SocialCards." + file)
            ?? throw new InvalidOperationException($"The font {file} is missing from the assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {file} cannot be read.");
    }
}
