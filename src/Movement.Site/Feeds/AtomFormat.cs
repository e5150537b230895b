using Movement.Site.Api;
using Movement.Site.Settings;

namespace Movement.Site.Feeds;

/// <summary>An Atom 1.0 feed (RFC 4287): entries carry the summary and the full HTML body.</summary>
public static class AtomFormat
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Feed(FeedItems feed, SiteSettings settings) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, feed.Feed.LanguageTag(settings));
        xml.WriteElementString("id", settings.AbsoluteUrl(feed.Feed.AtomUrl));
        Text(xml, "title", feed.Feed.Title);
        Text(xml, "subtitle", feed.Feed.Description);
        xml.WriteElementString("updated", FeedDates.Rfc3339(feed.Updated));
        Link(xml, "self", "application/atom+xml", settings.AbsoluteUrl(feed.Feed.AtomUrl));
        Link(xml, "alternate", "text/html", settings.AbsoluteUrl(feed.Feed.HomeUrl));
        xml.WriteStartElement("author");
        xml.WriteElementString("name", FeedXml.Text(settings.TitleIn(feed.Feed.Lang)));
        xml.WriteElementString("uri", settings.AbsoluteUrl(Languages.Language.UrlIn(feed.Feed.Lang, "/")));
        xml.WriteEndElement();
        foreach (var item in feed.Items)
        {
            var url = settings.AbsoluteUrl(item.Url);
            xml.WriteStartElement("entry");
            xml.WriteElementString("id", url);
            Text(xml, "title", item.Title);
            xml.WriteElementString("updated", FeedDates.Rfc3339(FeedItems.LastChanged(item)));
            if (item.Date is { } date)
            {
                xml.WriteElementString("published", FeedDates.Rfc3339(date));
            }

            Link(xml, "alternate", "text/html", url);
            foreach (var topic in item.Topics)
            {
                xml.WriteStartElement("category");
                xml.WriteAttributeString("term", topic);
                xml.WriteAttributeString("label", FeedXml.Text(settings.TopicTitle(topic)));
                xml.WriteEndElement();
            }

            Text(xml, "summary", item.Summary);
            xml.WriteStartElement("content");
            xml.WriteAttributeString("type", "html");
            xml.WriteString(FeedXml.Text(AbsoluteHtml.Of(item.Body.Html, url))); // Readers show it away from the site.
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    // A text construct, said to be text so that no reader takes a title or summary for markup.
    private static void Text(System.Xml.XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(FeedXml.Text(value));
        xml.WriteEndElement();
    }

    private static void Link(System.Xml.XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
