using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Movement.Core.Markdown.Extensions.SafeHtml;

/// <summary>
/// Keeps the HTML staff write in Markdown but takes out what could run code in a reader's browser:
/// script-like elements, event-handler attributes (<c>on...</c>), <c>srcdoc</c>, and <c>javascript:</c>,
/// <c>vbscript:</c> and non-image <c>data:</c> addresses. Works on the parsed tree, as a browser would
/// see it, so encoded or split-up tricks (<c>&amp;#106;avascript:</c>) are caught too.
/// </summary>
public sealed class SanitizeHtml
{
    // Elements that run code or change how the rest of the page is loaded; their content goes with them.
    private static readonly HashSet<string> RemovedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "object", "embed", "applet", "base", "meta", "link", "frame", "frameset",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite", "longdesc", "data",
        "codebase", "dynsrc", "lowsrc", "ping", "manifest", "srcset", "icon",
    };

    /// <summary>Returns the HTML with everything unsafe removed.</summary>
    public string Apply(string html)
    {
        var root = Parse(html);
        Clean(root, _ => { });
        return root.InnerHtml;
    }

    /// <summary>Describes what <see cref="Apply"/> would remove from this piece of HTML, one phrase per finding.</summary>
    public IReadOnlyList<string> Findings(string html)
    {
        var findings = new List<string>();
        Clean(Parse(html), findings.Add);
        return findings;
    }

    // Parsed as the content of a <body>, as a browser would, into a fresh parser's document: one renderer
    // serves pipelines running in parallel.
    private static IElement Parse(string html)
    {
        var parser = new HtmlParser();
        var body = parser.ParseDocument("<!DOCTYPE html><body></body>").Body!;
        var nodes = parser.ParseFragment(html, body).ToArray();
        body.Append(nodes);
        return body;
    }

    private static void Clean(INode node, Action<string> report)
    {
        if (node is not IElement element)
        {
            foreach (var child in node.ChildNodes.ToList())
            {
                Clean(child, report);
            }

            return;
        }

        if (RemovedElements.Contains(element.LocalName))
        {
            report($"a <{element.LocalName}> element");
            element.Remove();
            return;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            if (Unsafe(element, attribute) is { } reason)
            {
                report(reason);
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
                if (element.HasAttribute(attribute.Name))
                {
                    element.RemoveAttribute(attribute.Name);
                }
            }
        }

        // A template's content is a separate fragment that scripts could clone into the page later.
        var children = element is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
        foreach (var child in children.ToList())
        {
            Clean(child, report);
        }
    }

    private static string? Unsafe(IElement element, IAttr attribute)
    {
        var name = attribute.Name;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return $"the event handler '{name}' on <{element.LocalName}>";
        }

        if (name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
        {
            return $"the 'srcdoc' of <{element.LocalName}>";
        }

        var isImageSource = name.Equals("src", StringComparison.OrdinalIgnoreCase) && element.LocalName.Equals("img", StringComparison.OrdinalIgnoreCase);
        var unsafeUrl = UrlAttributes.Contains(name) ? UnsafeUrls.IsUnsafe(attribute.Value, isImageSource) : UnsafeUrls.NamesScript(attribute.Value);
        return unsafeUrl ? $"the address '{Shorten(attribute.Value)}' in '{name}' on <{element.LocalName}>" : null;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
