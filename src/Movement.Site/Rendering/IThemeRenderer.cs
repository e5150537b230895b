namespace Movement.Site.Rendering;

/// <summary>
/// Turns page models into HTML. The site decides what pages exist and what is on them; the theme decides
/// how they look. Pages come in batches so a theme can share expensive set-up across them, and come back as
/// the UTF-8 bytes they are published in: a page is never held as a string as well.
/// </summary>
public interface IThemeRenderer
{
    Task<IReadOnlyList<byte[]>> RenderAsync(IReadOnlyList<PageRequest> pages, CancellationToken cancellationToken);

    IReadOnlyList<ThemeAsset> Assets { get; }
}
