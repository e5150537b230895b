using System.Diagnostics;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Caching;
using Movement.Site.Content;
using Movement.Site.Pipelines;
using Movement.Site.Settings;
using Movement.Site.SocialCards;

namespace Movement.Site.Building;

/// <summary>
/// Builds the site: load the settings, run the pipelines, and hand the finished files to the output only
/// when there is no error, so a broken build never replaces a working site.
/// </summary>
public static class SiteBuilder
{
    public static Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        BuildAsync(options, SiteCaches.ForOneBuild(), cancellationToken);

    /// <param name="caches">What the build may reuse from earlier builds; the preview's session keeps them.</param>
    internal static async Task<BuildReport> BuildAsync(BuildOptions options, SiteCaches caches, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var settingsDiagnostics = new DiagnosticBag();
        var settings = SiteSettingsFile.From(options.Input, settingsDiagnostics, options.BaseUrl);
        var cards = new SocialCardBook(caches);
        var theme = new CardNotingTheme(options.Theme, cards);
        var site = new SiteContext(settings, ContentTypes.For(settings), theme, caches.Markdown, options.IncludeDrafts) { Caches = caches, Cards = cards, Pictures = options.Pictures };

        // Pages are written into the output's hidden spare as their pipeline renders them, while the rest of the
        // build goes on, and the build keeps only their addresses and digests; the commit gets the complete list
        // and decides what is published.
        await using var output = options.Output?.Begin(cancellationToken);
        ReadOnlyMemory<byte> BytesOf(Document document) => document.Bytes ?? caches.BytesOf(document);
        var staging = output is { KeepsStaged: true } ? new OutputStaging(output, BytesOf) : null;
        // The preview rebuilds in tens of milliseconds and keeps its documents between builds: none of the pauses below there.
        using var ceiling = caches.Remember ? null : new HeapCeiling(ReleasedMemory.Headroom, ReleasedMemory.LeastCeiling);
        var engine = new Engine(CreatePipelines(site), options.Input, options.Clock)
        {
            // After Render, when a pipeline's pages exist; the few files post-processing adds (feeds, sitemap,
            // _headers) go with the commit.
            PhaseDone = (_, phase, documents) =>
            {
                // A module may hand documents over in any phase; what waits in a batch is sent when its phase ends.
                staging?.Flush();
                return staging is not null && phase == Phase.Render ? staging.HandOverAll(documents) : documents;
            },
            HandedOver = staging is null ? null : staging.HandOver,
            Released = caches.Remember ? null : ReleasedMemory.Collect,
            LargeRender = ReleasedMemory.LargeRender,
            LargeRenderStarting = caches.Remember ? null : ReleasedMemory.CollectAll,
        };
        var result = await engine.RunAsync(cancellationToken);

        // A refused link is the cause of any 'missing file' that follows from it, so it comes first.
        var diagnostics = RefusedFileDiagnostics.For(options.Input).Concat(settingsDiagnostics.ToList()).Concat(result.Diagnostics).ToList();
        // The first document for each file, kept in one table rather than a group each: at 100,000 members the groups of
        // 436,000 files came at the end of the build, when its heap was largest.
        var firsts = new Dictionary<string, Document>(StringComparer.Ordinal);
        var clashes = new List<(Document, Document)>();
        foreach (var document in result.Outputs.Values.SelectMany(documents => documents))
        {
            if (document.Destination is { } destination && !firsts.TryAdd(destination, document) && firsts[destination] is var first && !ReferenceEquals(first, document))
            {
                clashes.Add((first, document));
            }
        }

        diagnostics.AddRange(LateClashes.Among(clashes, diagnostics).ToList());

        var files = new List<OutputFile>(firsts.Count);
        foreach (var (path, document) in firsts)
        {
            if (document.Has(SiteKeys.PathOnly))
            {
                continue;
            }

            files.Add(document.IsUnstagedCopy ? OutputFile.CopiedFrom(path, document.CopyOf!, document.Stored!)
                : document.Stored is { } stored ? OutputFile.StagedAs(path, stored)
                : new OutputFile(path, BytesOf(document)) { CopyOf = document.CopyOf });
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        var committed = false;
        if (diagnostics.All(d => d.Severity != Severity.Error))
        {
            if (output is not null)
            {
                await output.CommitAsync(files, cancellationToken);
                committed = true;
            }

            options.Pictures?.Sweep();
        }

        var scheduled = result.Outputs.Values
            .SelectMany(documents => documents)
            .Where(d => d.Has(SiteKeys.ScheduledFor))
            .Select(d => new ScheduledItem(d.Source ?? "", d.Get(CoreKeys.Url) ?? "", d.Get(SiteKeys.ScheduledFor)))
            .DistinctBy(s => s.Source)
            .Concat(result.Outputs.Values.SelectMany(documents => documents).SelectMany(d => d.Get(SiteKeys.ScheduledParts) ?? []).Distinct())
            .OrderBy(s => s.Date).ThenBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Url, StringComparer.Ordinal)
            .ToList();
        return new BuildReport(diagnostics, files, committed, result.Timings, watch.Elapsed.TotalMilliseconds) { Scheduled = scheduled };
    }

    public static IReadOnlyList<Pipeline> CreatePipelines(SiteContext site) =>
    [
        .. site.Types.CreatePipelines(site),
        new ListingsPipeline(site),
        new SearchPipeline(site),
        new AliasesPipeline(site),
        new AssetsPipeline(site),
        new ChecksPipeline(site),
        new ApiPipeline(site),
        new FeedsPipeline(site),
        new EmbedsPipeline(site),
        new NetlifyPipeline(site),
        new CmsPipeline(site),
        new SocialCardsPipeline(site),
    ];
}
