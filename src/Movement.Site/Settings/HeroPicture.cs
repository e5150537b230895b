using Movement.Site.Images;
using Movement.Site.Languages;

namespace Movement.Site.Settings;

/// <summary>
/// The home page's picture beside the movement's name (site.yml <c>hero_image</c>), with what it shows in words
/// (<c>hero_alt</c>, and <c>hero_alt_cy</c> for Welsh pages).
/// </summary>
public sealed record HeroPicture(ContentPicture Picture, string Alt, string? WelshAlt)
{
    /// <summary>Narrower files look blurred where the picture is widest: a 24rem column on a screen of twice the density.</summary>
    public const int SmallestWidth = 768;

    public string AltIn(string lang) => lang == Language.Welsh ? WelshAlt ?? Alt : Alt;

    /// <summary>Whether a page in this language shows the English alt text (so the picture is marked lang="en").</summary>
    public bool AltIsEnglishIn(string lang) => lang != Language.English && AltIn(lang) == Alt;
}
