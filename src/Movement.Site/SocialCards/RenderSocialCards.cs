using System.Collections.Concurrent;
using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipeline;
using Movement.Site.Pipelines;

namespace Movement.Site.SocialCards;

/// <summary>
/// Draws the card of every page, once every page is rendered and so every card is known; only for a build whose
/// output is written (see <see cref="SiteContext.Pictures"/>): the pages name their cards either way, since a
/// card's address follows from what it shows. A card kept from an earlier build under the same key is read back,
/// not drawn.
/// </summary>
public sealed class RenderSocialCards(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (site.Pictures is not { } pictures)
        {
            return Task.FromResult(inputs);
        }

        var cards = site.Cards.Cards;
        var drawn = new byte[cards.Count][];
        var missing = new ConcurrentQueue<int>();
        for (var i = 0; i < cards.Count; i++)
        {
            if (!pictures.TryGet(cards[i].Key, out drawn[i]))
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
                pictures.Put(cards[i].Key, drawn[i]);
            }
        });

        var files = cards.Select((card, i) => new Document { Destination = SitePath.OutputFileForUrl(card.Url), Bytes = drawn[i] });
        return Task.FromResult<ImmutableArray<Document>>([.. inputs, .. files]);
    }
}
