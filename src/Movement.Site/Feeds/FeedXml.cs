using System.Text;
using System.Xml;

namespace Movement.Site.Feeds;

/// <summary>XmlWriter set up for the site's XML files: UTF-8 without a byte-order mark, indented, LF line ends.</summary>
public static class FeedXml
{
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
