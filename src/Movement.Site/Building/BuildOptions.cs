using Movement.Core.IO;
using Movement.Site.Rendering;

namespace Movement.Site.Building;

/// <summary>Everything a build needs from outside: where input comes from, where output goes, the clock and the theme.</summary>
public sealed record BuildOptions(IFileSystem Input, ISiteOutput? Output, IClock Clock, IThemeRenderer Theme)
{
    /// <summary>Also publish drafts and items dated in the future (for previews).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Overrides site.yml's base_url (deploy previews have their own address).</summary>
    public string? BaseUrl { get; init; }
}
