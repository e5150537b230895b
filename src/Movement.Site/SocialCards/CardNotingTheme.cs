using Movement.Site.Rendering;

namespace Movement.Site.SocialCards;

/// <summary>
/// A theme renderer that notes the card of every page it is asked for, reused or not, so that the cards the
/// pages name are the cards the build draws. Pages for partners' iframes are not shared and get none.
/// </summary>
public sealed class CardNotingTheme(IThemeRenderer theme, SocialCardBook book) : IThemeRenderer
{
    public IReadOnlyList<ThemeAsset> Assets => theme.Assets;

    public Task<IReadOnlyList<byte[]>> RenderAsync(IReadOnlyList<PageRequest> pages, CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            if (SocialCard.IsShared(page.Context))
            {
                book.Note(SocialCard.For(page.Context, page.Model));
            }
        }

        return theme.RenderAsync(pages, cancellationToken);
    }
}
