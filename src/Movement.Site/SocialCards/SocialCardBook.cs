using System.Collections.Concurrent;

namespace Movement.Site.SocialCards;

/// <summary>The cards the pages of one build point to, noted as the pages are rendered, by URL.</summary>
public sealed class SocialCardBook
{
    private readonly ConcurrentDictionary<string, SocialCard> _cards = new(StringComparer.Ordinal);

    public void Note(SocialCard card) => _cards.TryAdd(card.Url, card);

    /// <summary>Every card noted, in URL order.</summary>
    public IReadOnlyList<SocialCard> Cards => [.. _cards.Values.OrderBy(c => c.Url, StringComparer.Ordinal)];
}
