using System.Xml;
using System.Xml.Linq;

namespace Movement.Site.SocialCards;

/// <summary>
/// An SVG made safe to draw at build time: no document type (so no entities), no script, no foreign
/// content, and no reference that leaves the file (an href or url() not starting with '#', a style
/// sheet); what the renderer reads is then the file alone. Null when the file is not well-formed XML.
/// </summary>
public static class SafeSvg
{
    public static XDocument? Load(byte[] svg)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(svg), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        document.DocumentType?.Remove();
        document.Nodes().OfType<XProcessingInstruction>().ToList().ForEach(p => p.Remove());
        document.Descendants()
            .Where(e => e.Name.LocalName is "script" or "foreignObject" or "style")
            .ToList()
            .ForEach(e => e.Remove());
        foreach (var element in document.Descendants())
        {
            element.Attributes()
                .Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || LeavesTheFile(a))
                .ToList()
                .ForEach(a => a.Remove());
        }

        return document;
    }

    private static bool LeavesTheFile(XAttribute attribute)
    {
        var value = attribute.Value.Trim();
        if (attribute.Name.LocalName == "href")
        {
            return !value.StartsWith('#');
        }

        var at = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && !value[(at + 4)..].TrimStart(' ', '"', '\'').StartsWith('#') || value.Contains("@import", StringComparison.OrdinalIgnoreCase);
    }
}
