namespace Movement.Site.Settings;

/// <summary>
/// The site's own words in Welsh, from site.yml ('title_cy', 'tagline_cy', 'description_cy'). They are the site's,
/// not Movement's, so they live in site.yml beside the English rather than in the interface strings; any left out
/// falls back to the English, which the pages then mark as English.
/// </summary>
public sealed record WelshNames(string? Title, string? Tagline, string? Description);
