using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Pipelines;

namespace Movement.Site.Images;

/// <summary>
/// Draws the smaller copies of every picture that content shows (in a body, as a resource's preview or a news item's picture, as the home page's picture) and hands
/// them to the output; only for a build whose output is written (see <see cref="SiteContext.Pictures"/>), as the
/// pages name the copies either way. A copy kept from an earlier build of the same bytes is read back, not drawn.
/// </summary>
public sealed class RenderContentPictures(SiteContext site) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (site.Pictures is not { } store)
        {
            return inputs;
        }

        var parsed = site.Types.PipelineNames.SelectMany(name => context.OutputsOf(name)).ToList();
        var pictures = parsed.SelectMany(d => d.Get(ContentPictures.Key) ?? [])
            .Concat(parsed.Select(d => d.Get(SiteKeys.Item)).OfType<PartnerResource>().Select(r => r.Picture).OfType<ContentPicture>())
            .Concat(parsed.Select(d => d.Get(SiteKeys.Item)).OfType<Content.News.NewsItem>().Select(n => n.Picture).OfType<ContentPicture>())
            .Concat(site.Settings.Hero is { } hero ? [hero.Picture] : [])
            .Where(p => p.Drawn.Any())
            .DistinctBy(p => p.File)
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ToList();

        var files = new Document[pictures.Count][];
        await Parallel.ForAsync(0, pictures.Count, context.CancellationToken, (i, _) =>
        {
            var original = context.Input.ReadAllBytes(pictures[i].File);
            files[i] = [.. pictures[i].Drawn.Select(variant =>
            {
                var key = PictureKey.Of(original, PictureDrawer.Version, variant.Format, $"{variant.Width}x{variant.Height}");
                if (!store.TryGet(key, out var bytes))
                {
                    bytes = PictureDrawer.Draw(original, variant);
                    store.Put(key, bytes);
                }

                return new Document { Destination = SitePath.OutputFileForUrl(variant.Url), Bytes = bytes };
            })];
            return ValueTask.CompletedTask;
        });

        return [.. inputs, .. files.SelectMany(f => f)];
    }
}
