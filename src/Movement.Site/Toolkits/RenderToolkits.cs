using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Pipelines;
using Movement.Site.SocialCards;

namespace Movement.Site.Toolkits;

/// <summary>
/// A zip per awareness week for partners: the week's pictures (the SVGs and their PNG copies for social
/// media, posters included), suggested posts with the hashtag as plain text, the week's calendar file and a
/// press note. Made only when pictures are drawn, since it holds them. The same week gives the same bytes:
/// entries in name order, each dated the week's first day, compressed the same way.
/// </summary>
public sealed class RenderToolkits(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var items = context.OutputsOf(Content.AwarenessWeeks.AwarenessWeekType.PipelineName).Select(d => d.Get(SiteKeys.Item)).ToList();
        if (site.Pictures is null)
        {
            // Without an output (check) nothing is zipped, but the toolkits are named, so an input file in their place is reported as by build.
            return Task.FromResult<ImmutableArray<Document>>([.. inputs, .. items.OfType<AwarenessWeek>().DistinctBy(w => w.Url)
                .Select(week => new Document { Destination = SitePath.OutputFileForUrl(ToolkitUrl.Of(week)), Bytes = Array.Empty<byte>() }.With(SiteKeys.PathOnly, true))]);
        }

        // By address only: a card handed to the output is read back when asked for, and a toolkit needs a handful of 100,000.
        var drawn = inputs.Where(d => d.Destination is not null).DistinctBy(d => d.Destination).ToDictionary(d => d.Destination!, StringComparer.Ordinal);
        var resources = items.OfType<PartnerResource>().DistinctBy(r => r.Url).OrderBy(r => r.Url, StringComparer.Ordinal).ToList();
        var toolkits = items.OfType<AwarenessWeek>().DistinctBy(w => w.Url).OrderBy(w => w.Url, StringComparer.Ordinal).Select(week =>
        {
            var own = resources.Where(r => r.Year == week.Year && r.Lang == week.Lang).ToList(); // A week and its translation each name their own language's resources.
            var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
            {
                [$"{week.Year}.ics"] = Encoding.UTF8.GetBytes(WeekCalendar.For(week, site.Settings)),
                ["suggested-posts.txt"] = Encoding.UTF8.GetBytes(ToolkitTexts.SuggestedPosts(week, site.Settings)),
                ["press-note.txt"] = Encoding.UTF8.GetBytes(ToolkitTexts.PressNote(week, own, site.Settings)),
            };
            foreach (var resource in own.Where(r => r.IsImage && context.Input.Exists(r.File.File)))
            {
                files["pictures/" + Path.GetFileName(resource.File.File)] = context.Input.ReadAllBytes(resource.File.File);
                foreach (var rendition in SvgRendition.For(resource))
                {
                    if (drawn.TryGetValue(SitePath.OutputFileForUrl(rendition.Url), out var picture) && picture.Bytes is { } png)
                    {
                        files["pictures/" + Path.GetFileName(rendition.Url)] = png.ToArray();
                    }
                }
            }

            // Compressing is most of a toolkit's cost: the preview keeps each zip while its files and date stay the same.
            var zip = site.Caches.Reuse(site.Caches.Named<byte[]>("toolkits"), () => Zip(files, week.Start), files, week.Start);
            return new Document { Destination = SitePath.OutputFileForUrl(ToolkitUrl.Of(week)), Bytes = zip };
        });

        return Task.FromResult<ImmutableArray<Document>>([.. inputs, .. toolkits]);
    }

    private static byte[] Zip(SortedDictionary<string, byte[]> files, DateOnly date)
    {
        var stamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                // PNGs are compressed already: stored, they open the same and zip faster.
                var entry = zip.CreateEntry(name, name.EndsWith(".png", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return bytes.ToArray();
    }
}
