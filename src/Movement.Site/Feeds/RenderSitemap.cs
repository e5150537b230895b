using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;
using Movement.Site.Pipelines;

namespace Movement.Site.Feeds;

/// <summary>
/// Writes sitemap.xml over the finished pages: every published item and listing, but not the 404 page,
/// the redirects from old addresses, the partner embeds or the editing UI. Also writes robots.txt.
/// </summary>
public sealed class RenderSitemap(SiteContext site) : IModule
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var pages = site.Types.PipelineNames.Append(PipelineNames.Listings)
            .SelectMany(name => context.OutputsOf(name))
            .Where(d => d.Destination is { } path && path.EndsWith("index.html", StringComparison.Ordinal) && d.Has(CoreKeys.Url))
            .Select(d => (Url: d.Require(CoreKeys.Url), Item: d.Get(SiteKeys.Item)))
            .DistinctBy(p => p.Url)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

        var sitemap = FeedXml.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (url, item) in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site.Settings.AbsoluteUrl(url));
                if (item is not null && LastModified(item, today) is { } changed)
                {
                    xml.WriteElementString("lastmod", changed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });

        return Task.FromResult<ImmutableArray<Document>>(
        [
            .. inputs,
            new Document { Destination = SiteFiles.Sitemap, Bytes = sitemap },
            new Document { Destination = SiteFiles.Robots, Text = Robots() },
        ]);
    }

    /// <summary>
    /// When the page last changed, never after today: an upcoming week's date is when it starts, not when its page
    /// changed, so a date still to come is left out rather than claimed.
    /// </summary>
    public static DateOnly? LastModified(Content.ContentItem item, DateOnly today) =>
        new[] { item.Updated, item.Date }.FirstOrDefault(d => d is { } day && day <= today);

    private string Robots() => string.Join('\n',
        "User-agent: *",
        $"Disallow: {Cms.CmsFiles.AdminUrl}",
        "",
        $"Sitemap: {site.Settings.AbsoluteUrl("/" + SiteFiles.Sitemap)}",
        "");
}
