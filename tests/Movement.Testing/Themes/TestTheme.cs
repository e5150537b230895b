namespace Movement.Testing.Themes;

/// <summary>Which theme a test build renders its pages with.</summary>
public enum TestTheme
{
    /// <summary>The one-line theme: for tests of content (what a page says and links to).</summary>
    OneLine,

    /// <summary>The site's Razor theme: for tests of markup, layout, components and accessibility.</summary>
    Razor,
}
