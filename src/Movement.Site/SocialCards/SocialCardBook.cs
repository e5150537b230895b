using System.Collections.Concurrent;

namespace Movement.Site.SocialCards;

/// <summary>The cards the pages of one build point to, noted as the pages are rendered, by URL.</summary>
public sealed class SocialCardBook
{
    private readonly ConcurrentDictionary<string, SocialCard> _cards = new(StringComparer.Ordinal);

    /// <summary>Notes a card; one that a page shows as a thumbnail keeps its thumbnail when another page names the same card.</summary>
    public void Note(SocialCard card) => _cards.AddOrUpdate(card.Url, card, (_, noted) => noted.HasThumbnail || !card.HasThumbnail ? noted : card);

    /// <summary>Every card noted, in URL order.</summary>
    public IReadOnlyList<SocialCard> Cards => [.. _cards.Values.OrderBy(c => c.Url, StringComparer.Ordinal)];
}
