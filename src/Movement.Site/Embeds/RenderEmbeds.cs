using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Api;
using Movement.Site.Calendar;
using Movement.Site.Content.AwarenessWeeks;
using Movement.Site.Json;
using Movement.Site.Pipelines;
using Movement.Site.Rendering;

namespace Movement.Site.Embeds;

/// <summary>For each published awareness-week resource: its embed page for partners' iframes and its oEmbed answer.</summary>
public sealed class RenderEmbeds(SiteContext site) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var items = context.OutputsOf(Content.AwarenessWeeks.AwarenessWeekType.PipelineName).Select(d => d.Get(SiteKeys.Item)).ToList();
        var weeks = items.OfType<AwarenessWeek>().ToList();
        var embeds = items.OfType<PartnerResource>()
            .DistinctBy(r => r.Url)
            .OrderBy(r => r.Url, StringComparer.Ordinal)
            .Select(r => new EmbedView(r, weeks.FirstOrDefault(w => w.Year == r.Year && w.Lang == r.Lang), site.Settings.Title))
            .ToList();

        var requests = embeds.Select(e => new PageRequest(
            PageContext.For(site, EmbedUrls.PageOf(e.Resource.Url), e.Resource.Title, e.Resource.Summary, e.Resource.Lang, today), e)).ToList();
        var html = await site.Theme.RenderAsync(requests, context.CancellationToken);

        var pages = embeds.Select((e, i) => new Document { Destination = SitePath.OutputFileForUrl(EmbedUrls.PageOf(e.Resource.Url)), Bytes = html[i] });
        var oembeds = embeds.Select(e => new Document { Destination = SitePath.OutputFileForUrl(EmbedUrls.OEmbedOf(e.Resource.Url)), Text = SiteJson.Write(OEmbedJson.For(e, site.Settings)) });
        return [.. inputs, .. pages, .. oembeds, FitScript()];
    }

    /// <summary>The partners' fit script at its fixed address: the theme's file, whose fingerprinted name changes with it.</summary>
    private Document FitScript()
    {
        var (folder, name) = (EmbedUrls.FitScriptAsset[..EmbedUrls.FitScriptAsset.LastIndexOf('/')], Path.GetFileNameWithoutExtension(EmbedUrls.FitScriptAsset));
        var asset = site.Theme.Assets.Single(a => a.Path.StartsWith($"assets/{folder}/{name}.", StringComparison.Ordinal));
        return new Document { Destination = SitePath.OutputFileForUrl(EmbedUrls.FitScript), Bytes = asset.Content.ToArray() };
    }
}
