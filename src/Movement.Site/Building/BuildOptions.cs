using Movement.Core.IO;
using Movement.Site.Images;
using Movement.Site.Rendering;

namespace Movement.Site.Building;

/// <summary>Everything a build needs from outside: where input comes from, where output goes, the clock and the theme.</summary>
public sealed record BuildOptions(IFileSystem Input, ISiteOutput? Output, IClock Clock, IThemeRenderer Theme)
{
    /// <summary>Also publish drafts and items dated in the future (for previews).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Overrides site.yml's base_url (deploy previews have their own address).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Where pictures drawn at build time (link-preview cards, PNG copies of SVGs) are kept between builds. Null:
    /// none is drawn, though the pages still name them; for check, which writes nothing, and for test builds.
    /// </summary>
    public IPictureStore? Pictures { get; init; }
}
