using System.Collections.Concurrent;
using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipeline;
using Movement.Site.Pipelines;

namespace Movement.Site.SocialCards;

/// <summary>
/// Draws the card of every page, once every page is rendered and so every card is known. A card's file is
/// named after its inputs, and the preview keeps the drawn bytes by that name: a card is drawn again only
/// when its title, label, date or the site's name changes.
/// </summary>
public sealed class RenderSocialCards(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var memo = site.Caches.Named<byte[]>("social-cards");
        var cards = site.Cards.Cards;
        var drawn = new byte[cards.Count][];
        var missing = new ConcurrentQueue<int>();
        for (var i = 0; i < cards.Count; i++)
        {
            if (!site.Caches.Remember || !memo.TryGet(site.Caches.Fingerprints.Of(cards[i].Digest), out drawn[i]))
            {
                missing.Enqueue(i);
            }
        }

        // One painter per worker: a painter's text shapers are not for sharing between threads.
        var workers = Math.Min(Environment.ProcessorCount, missing.Count);
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = context.CancellationToken }, _ =>
        {
            using var painter = new CardPainter();
            while (missing.TryDequeue(out var i))
            {
                drawn[i] = painter.Paint(cards[i]);
                if (site.Caches.Remember)
                {
                    memo.Set(site.Caches.Fingerprints.Of(cards[i].Digest), drawn[i]);
                }
            }
        });

        var files = cards.Select((card, i) => new Document { Destination = SitePath.OutputFileForUrl(card.Url), Bytes = drawn[i] });
        return Task.FromResult<ImmutableArray<Document>>([.. inputs, .. files]);
    }
}
