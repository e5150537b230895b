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

    /// <summary>Where sitemaps' language alternates come from (Google's sitemap extension for hreflang).</summary>
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var today = UkDate.Today(context.Clock);
        var pages = site.Types.PipelineNames.Append(PipelineNames.Listings)
            .SelectMany(name => context.OutputsOf(name))
            .Where(d => d.Destination is { } path && path.EndsWith("index.html", StringComparison.Ordinal) && d.Has(CoreKeys.Url) && d.Get(CoreKeys.Url) != Languages.TranslationStatus.Url)
            .Select(d => (Url: d.Require(CoreKeys.Url), Item: d.Get(SiteKeys.Item)))
            .DistinctBy(p => p.Url)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var itemPairs = Languages.TranslationPairs.OfItems(pages.Select(p => p.Item).OfType<Content.ContentItem>());
        var listingPairs = Languages.TranslationPairs.OfUrls(pages.Where(p => p.Item is null).Select(p => p.Url));

        var sitemap = FeedXml.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var (url, item) in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site.Settings.AbsoluteUrl(url));
                var translations = item is null ? listingPairs.Of(url) : itemPairs.Of(url);
                foreach (var (lang, href) in translations.Select(t => (t.Lang, t.Url)).Append(("x-default", translations.FirstOrDefault()?.Url ?? "")).Where(_ => translations.Count > 0))
                {
                    xml.WriteStartElement("xhtml", "link", Xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", lang);
                    xml.WriteAttributeString("href", site.Settings.AbsoluteUrl(href));
                    xml.WriteEndElement();
                }

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
