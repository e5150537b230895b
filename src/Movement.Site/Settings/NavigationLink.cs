using Movement.Core.Diagnostics;

namespace Movement.Site.Settings;

/// <param name="Location">Where site.yml gives the address, so a broken link is reported there once, not on every page.</param>
public sealed record NavigationLink(string Title, string Url, SourceLocation? Location = null)
{
    /// <summary>The link text in Welsh ('title_cy'), on Welsh pages; without one they show the English, marked lang="en".</summary>
    public string? WelshTitle { get; init; }
}
