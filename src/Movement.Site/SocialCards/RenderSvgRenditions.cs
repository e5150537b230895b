using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipeline;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Pipelines;

namespace Movement.Site.SocialCards;

/// <summary>
/// PNG copies of every SVG resource in the sizes social platforms take (see <see cref="SvgRendition"/>),
/// linked from the resource's page. The preview keeps them by the SVG's bytes: they are drawn again only
/// when the file changes.
/// </summary>
public sealed class RenderSvgRenditions(SiteContext site) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var memo = site.Caches.Named<byte[]>("svg-renditions");
        var work = context.OutputsOf(PipelineNames.AwarenessWeeks)
            .Select(d => d.Get(SiteKeys.Item))
            .OfType<PartnerResource>()
            .DistinctBy(r => r.File.File)
            .Where(r => context.Input.Exists(r.File.File))
            .SelectMany(r => SvgRendition.For(r).Select(rendition => (Resource: r, Rendition: rendition)))
            .OrderBy(w => w.Rendition.Url, StringComparer.Ordinal)
            .ToList();

        var files = new Document[work.Count];
        await Parallel.ForAsync(0, work.Count, context.CancellationToken, (i, _) =>
        {
            var (resource, rendition) = work[i];
            var svg = context.Input.ReadAllBytes(resource.File.File);
            var png = site.Caches.Reuse(memo, () => Draw(svg, rendition, resource, context.Diagnostics), Convert.ToBase64String(svg), rendition.Width, rendition.Height);
            files[i] = new Document { Destination = SitePath.OutputFileForUrl(rendition.Url), Bytes = png };
            return ValueTask.CompletedTask;
        });

        return [.. inputs, .. files];
    }

    private static byte[] Draw(byte[] svg, SvgRendition rendition, PartnerResource resource, IDiagnostics diagnostics)
    {
        var document = SafeSvg.Load(svg);
        if (document is null && rendition.Width == 1200)
        {
            diagnostics.Report(Diagnostic.Warning("MV0700", new SourceLocation(resource.File.File), "This SVG is not well-formed XML, so its PNG copies for social media are blank.",
                "Export the picture again from your design tool as SVG, or open it in a browser to see where it breaks."));
        }

        return SvgPainter.Paint(document, rendition.Width, rendition.Height);
    }
}
