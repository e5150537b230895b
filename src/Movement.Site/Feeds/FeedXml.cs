using System.Text;
using System.Xml;

namespace Movement.Site.Feeds;

/// <summary>XmlWriter set up for the site's XML files: UTF-8 without a byte-order mark, indented, LF line ends.</summary>
public static class FeedXml
{
    /// <summary>Text as XML can hold it: the control characters XML 1.0 forbids are dropped, the rest kept.</summary>
    public static string Text(string value)
    {
        if (!value.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)))
        {
            return value;
        }

        var kept = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// Text for an element readers take as HTML (RSS titles and descriptions): escaped as HTML text here and as XML
    /// by the writer, so a reader that decodes it into markup gets the author's characters back as text, never tags.
    /// </summary>
    public static string HtmlText(string value) => Text(value).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
