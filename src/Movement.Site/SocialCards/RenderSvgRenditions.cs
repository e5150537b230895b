using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Images;
using Movement.Site.Pipelines;

namespace Movement.Site.SocialCards;

/// <summary>
/// PNG copies of every SVG resource in the sizes social platforms take (see <see cref="SvgRendition"/>),
/// linked from the resource's page. Every SVG is read and checked, so check warns as build does; the copies
/// are drawn only for a build whose output is written, and only when no copy of the same bytes in the same
/// size is kept from an earlier build.
/// </summary>
public sealed class RenderSvgRenditions(SiteContext site) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var resources = context.OutputsOf(Content.AwarenessWeeks.AwarenessWeekType.PipelineName)
            .Select(d => d.Get(SiteKeys.Item))
            .OfType<PartnerResource>()
            .DistinctBy(r => r.File.File)
            .Where(r => SvgRendition.For(r).Count > 0 && context.Input.Exists(r.File.File))
            .OrderBy(r => r.File.File, StringComparer.Ordinal)
            .ToList();

        var files = new Document[resources.Count][];
        await Parallel.ForAsync(0, resources.Count, context.CancellationToken, (i, _) =>
        {
            files[i] = Copies(resources[i], context);
            return ValueTask.CompletedTask;
        });

        return [.. inputs, .. files.SelectMany(f => f)];
    }

    private Document[] Copies(PartnerResource resource, IExecutionContext context)
    {
        var svg = context.Input.ReadAllBytes(resource.File.File);
        var document = SafeSvg.Load(svg);
        if (document is null)
        {
            context.Diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.SvgNotWellFormed, new SourceLocation(resource.File.File), "This SVG is not well-formed XML, so its PNG copies for social media are blank.",
                "Export the picture again from your design tool as SVG, or open it in a browser to see where it breaks."));
        }

        if (site.Pictures is not { } pictures)
        {
            return [];
        }

        return [.. SvgRendition.For(resource).Select(rendition =>
        {
            var key = PictureKey.Of(svg, SvgPainter.Version, $"{rendition.Width}x{rendition.Height}");
            var destination = SitePath.OutputFileForUrl(rendition.Url);
            if (pictures.TryGetKept(key, out var file, out var content))
            {
                return Document.CopyOfFile(destination, file, content);
            }

            if (!pictures.TryGet(key, out var png))
            {
                png = SvgPainter.Paint(document, rendition.Width, rendition.Height);
                pictures.Put(key, png);
            }

            return new Document { Destination = destination, Bytes = png, CopyOf = pictures.FileOf(key) };
        })];
    }
}
