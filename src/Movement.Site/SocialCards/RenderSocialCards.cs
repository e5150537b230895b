using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Pipelines;

namespace Movement.Site.SocialCards;

/// <summary>
/// Draws the card of every page, once every page is rendered and so every card is known; only for a build whose
/// output is written (see <see cref="SiteContext.Pictures"/>): the pages name their cards either way, since a
/// card's address follows from what it shows. A card kept from an earlier build under the same key is read back,
/// not drawn, and one whose length and digest the store knows is not even read: the output links it.
/// </summary>
public sealed class RenderSocialCards(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (site.Pictures is not { } pictures)
        {
            // Nothing is drawn without an output (check), but the files a build would write are named, so an input file
            // at one of their paths is reported by check as by build.
            return Task.FromResult<ImmutableArray<Document>>([.. inputs, .. site.Cards.Cards.SelectMany(Named)]);
        }

        // Each card goes to the output as soon as it is drawn or read back: a site of 100,000 members has as many
        // cards, far too many to hold. One painter per worker, made on first need (its text shapers are not for
        // sharing between threads, and a build that reuses every card draws none).
        var cards = site.Cards.Cards;
        var files = new Document[cards.Count][];
        var next = -1;
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, cards.Count));
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = context.CancellationToken }, _ =>
        {
            CardPainter? painter = null;
            try
            {
                for (var i = Interlocked.Increment(ref next); i < cards.Count; i = Interlocked.Increment(ref next))
                {
                    var card = cards[i];
                    byte[]? png = null;
                    byte[] Png()
                    {
                        if (png is null && !pictures.TryGet(card.Key, out png))
                        {
                            painter ??= new CardPainter();
                            png = painter.Paint(card);
                            pictures.Put(card.Key, png);
                        }

                        return png;
                    }

                    var destination = SitePath.OutputFileForUrl(card.Url);
                    var file = pictures.TryGetKept(card.Key, out var kept, out var content)
                        ? Document.CopyOfFile(destination, kept, content)
                        : new Document { Destination = destination, Bytes = Png(), CopyOf = pictures.FileOf(card.Key) };
                    files[i] = card.HasThumbnail ? [context.HandOver(file), context.HandOver(Thumbnail(card, Png, pictures))] : [context.HandOver(file)];
                }
            }
            finally
            {
                painter?.Dispose();
            }
        });

        return Task.FromResult<ImmutableArray<Document>>([.. inputs, .. files.SelectMany(f => f)]);
    }

    private static IEnumerable<Document> Named(SocialCard card) =>
        from url in card.HasThumbnail ? [card.Url, card.Thumbnail.Drawn.Single().Url] : new[] { card.Url }
        select new Document { Destination = SitePath.OutputFileForUrl(url), Bytes = Array.Empty<byte>() }.With(SiteKeys.PathOnly, true);

    /// <summary>The card's smaller WebP copy, drawn from its PNG, for pages that show it as a thumbnail.</summary>
    private static Document Thumbnail(SocialCard card, Func<byte[]> png, Images.IPictureStore pictures)
    {
        var variant = card.Thumbnail.Drawn.Single();
        var key = Images.PictureKey.Of(card.Key, Images.PictureDrawer.Version, variant.Format, $"{variant.Width}x{variant.Height}");
        var destination = SitePath.OutputFileForUrl(variant.Url);
        if (pictures.TryGetKept(key, out var kept, out var content))
        {
            return Document.CopyOfFile(destination, kept, content);
        }

        if (!pictures.TryGet(key, out var thumbnail))
        {
            thumbnail = Images.PictureDrawer.Draw(png(), variant);
            pictures.Put(key, thumbnail);
        }

        return new Document { Destination = destination, Bytes = thumbnail, CopyOf = pictures.FileOf(key) };
    }
}
