namespace Movement.Site.Rendering;

/// <summary>
/// Turns page models into HTML. The site decides what pages exist and what is on them; the theme decides
/// how they look. Pages come in batches so a theme can share expensive set-up across them.
/// </summary>
public interface IThemeRenderer
{
    Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<PageRequest> pages, CancellationToken cancellationToken);

    IReadOnlyList<ThemeAsset> Assets { get; }
}
