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
        // Worked out on every core (a preview rebuild asks for every page), noted in the pages' order.
        var cards = new SocialCard?[pages.Count];
        Parallel.For(0, pages.Count, i => cards[i] = SocialCard.IsShared(pages[i].Context) ? SocialCard.For(pages[i].Context, pages[i].Model) : null);
        foreach (var card in cards)
        {
            if (card is not null)
            {
                book.Note(card);
            }
        }

        return theme.RenderAsync(pages, cancellationToken);
    }
}
