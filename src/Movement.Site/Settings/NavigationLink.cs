using Movement.Core.Diagnostics;

namespace Movement.Site.Settings;

/// <param name="Location">Where site.yml gives the address, so a broken link is reported there once, not on every page.</param>
public sealed record NavigationLink(string Title, string Url, SourceLocation? Location = null);
