using System.Collections.Concurrent;
using Movement.Core.Caching;
using Movement.Site.Caching;

namespace Movement.Site.SocialCards;

/// <summary>The cards the pages of one build point to, noted as the pages are rendered, by URL.</summary>
/// <param name="caches">
/// For a session, where the cards of the last build are found again: a page unchanged since then names the same
/// card, and taking that instance keeps its digests, where a new one would work out a SHA-256 again (for each of
/// the thousands of pages of a rebuild, the larger part of what noting the cards cost).
/// </param>
public sealed class SocialCardBook(SiteCaches? caches = null)
{
    // Noted from every thread that renders pages: more locks than the default one per core, which the threads (more of
    // them than cores) waited on in a profile of a preview rebuild.
    private readonly ConcurrentDictionary<string, SocialCard> _cards = new(concurrencyLevel: 32, capacity: 256, StringComparer.Ordinal);
    private readonly Memo<SocialCard, SocialCard>? _known = caches is { Remember: true } ? caches.Named<SocialCard, SocialCard>("social-cards") : null;

    /// <summary>Notes a card; one that a page shows as a thumbnail keeps its thumbnail when another page names the same card.</summary>
    public void Note(SocialCard card)
    {
        card = _known?.GetOrAdd(card, static same => same) ?? card;
        _cards.AddOrUpdate(card.Url, card, (_, noted) => noted.HasThumbnail || !card.HasThumbnail ? noted : card);
    }

    /// <summary>Every card noted, in URL order.</summary>
    public IReadOnlyList<SocialCard> Cards => [.. _cards.Values.OrderBy(c => c.Url, StringComparer.Ordinal)];
}
