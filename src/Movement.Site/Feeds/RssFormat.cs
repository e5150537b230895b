using Movement.Site.Settings;

namespace Movement.Site.Feeds;

/// <summary>
/// An RSS 2.0 feed, with an atom:link to itself as feed validators recommend. Readers treat an item's title and
/// description as HTML, so they carry text escaped as HTML (<see cref="FeedXml.HtmlText"/>) and no markup.
/// </summary>
public static class RssFormat
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Feed(FeedItems feed, SiteSettings settings) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", FeedXml.HtmlText(feed.Feed.Title));
        xml.WriteElementString("link", settings.AbsoluteUrl(feed.Feed.HomeUrl));
        xml.WriteElementString("description", FeedXml.HtmlText(feed.Feed.Description));
        xml.WriteElementString("language", feed.Feed.LanguageTag(settings).ToLowerInvariant());
        xml.WriteElementString("lastBuildDate", FeedDates.Rfc822(feed.Updated));
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", settings.AbsoluteUrl(feed.Feed.RssUrl));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var item in feed.Items)
        {
            var url = settings.AbsoluteUrl(item.Url);
            xml.WriteStartElement("item");
            xml.WriteElementString("title", FeedXml.HtmlText(item.Title));
            xml.WriteElementString("link", url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(url);
            xml.WriteEndElement();
            xml.WriteElementString("description", FeedXml.HtmlText(item.Summary));
            if (item.Date is { } date)
            {
                xml.WriteElementString("pubDate", FeedDates.Rfc822(date));
            }

            foreach (var topic in item.Topics)
            {
                xml.WriteElementString("category", FeedXml.Text(settings.TopicTitle(topic)));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });
}
