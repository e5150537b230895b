using AngleSharp;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Movement.Core.Diagnostics;

namespace Movement.Core.Html;

/// <summary>
/// The allow-list for HTML written in content: what campaign writing needs (headings, lists, links, tables,
/// figures, details/summary, pictures from the site itself) and nothing that could run code, load from another
/// site or restyle the page. Everything else is removed by HtmlSanitizer, and each removal it reports becomes a
/// <see cref="RemovedMarkup"/> with the place it was written, so a warning always names what really left the
/// output. The result is safe to insert into a page that has no Content-Security-Policy.
/// </summary>
public sealed class ContentHtmlSanitiser
{
    private static readonly HtmlSanitizerOptions Options = new()
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "br", "hr", "wbr",
            "em", "strong", "b", "i", "u", "s", "small", "mark", "del", "ins", "sub", "sup", "q", "cite", "dfn", "abbr", "time",
            "code", "pre", "kbd", "samp", "var",
            "ul", "ol", "li", "dl", "dt", "dd",
            "a", "blockquote", "img", "figure", "figcaption", "details", "summary",
            "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "href", "src", "alt", "title", "width", "height", "loading", "id", "class", "lang", "dir", "role",
            "scope", "colspan", "rowspan", "headers", "abbr", "span", "start", "reversed", "type", "value", "open", "cite", "datetime",
            "style", // Only for text-align, which Markdig writes on aligned table columns: see AllowedCssProperties.
        },
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "text-align" },
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        AllowedSchemes = new HashSet<string>(ContentUrls.Schemes, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" },
        UriListAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
    };

    // As HtmlSanitizer's own parser, and shared across threads as it shares its own (each parse makes its own
    // document): scripting on, so <noscript> is read as the browser that runs our pages reads it; the CSS parser
    // keeps what it does not know so that it can be reported rather than slip past; and each element keeps the
    // place of its start tag, for the warning.
    private static readonly HtmlParser Parser = new(
        new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true },
        BrowsingContext.New(Configuration.Default.WithCss(new CssParserOptions
        {
            IsIncludingUnknownDeclarations = true,
            IsIncludingUnknownRules = true,
            IsToleratingInvalidSelectors = true,
        })));

    private readonly string _siteUrl;

    /// <param name="siteUrl">The site's base URL: pictures under it count as the site's own.</param>
    public ContentHtmlSanitiser(string siteUrl = "")
    {
        _siteUrl = siteUrl;
    }

    /// <summary>Cleans a piece of body HTML.</summary>
    /// <param name="locate">Where the character at this 0-based offset of <paramref name="html"/> was written.</param>
    public SanitisedHtml Sanitise(string html, Func<int, SourceLocation> locate)
    {
        // A document and a sanitiser of its own for each call: one renderer serves pipelines running in parallel,
        // and the sanitiser's events carry this call's findings.
        using var document = Parser.ParseDocument("<!DOCTYPE html><body></body>");
        var body = document.Body!;
        body.Append([.. Parser.ParseFragment(html, body)]);

        var findings = new Findings(locate);
        var sanitizer = new HtmlSanitizer(Options) { HtmlParserFactory = () => Parser };
        var picturesFromElsewhere = new List<IElement>();
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is null)
            {
                return;
            }

            if (!ContentUrls.IsAllowedLink(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
            else if (e.Tag.LocalName == "img" && !ContentUrls.IsSiteImage(e.OriginalUrl, _siteUrl))
            {
                e.SanitizedUrl = null;
                picturesFromElsewhere.Add(e.Tag);
            }
        };
        sanitizer.RemovingTag += (_, e) => findings.Tag(e.Tag);
        sanitizer.RemovingAttribute += (_, e) => findings.Attribute(e.Tag, e.Attribute, e.Reason, picturesFromElsewhere.Contains(e.Tag));
        sanitizer.RemovingStyle += (_, e) => findings.Styling(e.Tag, $"the styling '{e.Style.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, e) => findings.Styling(e.Tag, $"the CSS rule '{Shorten(e.Rule.CssText)}'");
        // Comments are how authors leave notes in a file; dropping them from what is published is what they expect.

        sanitizer.SanitizeDom(document, body);
        foreach (var picture in picturesFromElsewhere)
        {
            picture.Remove(); // Its alt text alone would be a broken picture.
        }

        return new SanitisedHtml(body.ChildNodes.ToHtml(HtmlFormatter.Instance), findings.All);
    }

    private static string Shorten(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : line[..60] + "...";
    }

    /// <summary>One call's removals, each reported once: an element removed with everything inside it is one finding.</summary>
    private sealed class Findings(Func<int, SourceLocation> locate)
    {
        private readonly List<RemovedMarkup> _all = [];
        private readonly HashSet<IElement> _removed = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<IElement> _restyled = new(ReferenceEqualityComparer.Instance);

        public IReadOnlyList<RemovedMarkup> All => _all;

        public void Tag(IElement element)
        {
            _removed.Add(element);
            if (Ancestors(element).Any(_removed.Contains))
            {
                return;
            }

            var (why, hint) = RemovalAdvice.ForElement(element.LocalName);
            Add($"a <{element.LocalName}> element", why, hint, element);
        }

        public void Attribute(IElement element, IAttr attribute, RemoveReason reason, bool pictureFromElsewhere)
        {
            if (reason is RemoveReason.StyleAttributeEmpty || attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase) && _restyled.Contains(element))
            {
                return; // Its declarations were reported one by one.
            }

            if (pictureFromElsewhere)
            {
                var (why, hint) = RemovalAdvice.ForPictureFromElsewhere();
                Add($"the picture '{Shorten(attribute.Value)}'", why, hint, element);
            }
            else if (reason is RemoveReason.NotAllowedUrlValue)
            {
                var (why, hint) = RemovalAdvice.ForAddress(ContentUrls.SchemeOf(attribute.Value));
                Add($"the address '{Shorten(attribute.Value)}' in '{attribute.Name}' on <{element.LocalName}>", why, hint, element);
            }
            else
            {
                var (why, hint) = RemovalAdvice.ForAttribute(attribute.Name);
                Add($"the attribute '{attribute.Name}' on <{element.LocalName}>", why, hint, element);
            }
        }

        public void Styling(IElement element, string what)
        {
            if (_restyled.Add(element))
            {
                var (why, hint) = RemovalAdvice.ForStyling();
                Add(what, why, hint, element);
            }
        }

        private void Add(string what, string why, string hint, IElement element) =>
            _all.Add(new RemovedMarkup(what, why, hint, locate(OffsetOf(element))));

        // Where the element's start tag was in the HTML. The parser records no place for elements it makes in SVG
        // and MathML, so those take the place of the first thing inside them that has one, or of what is before them.
        private static int OffsetOf(IElement element)
        {
            var known = element.SourceReference
                ?? element.Descendants<IElement>().Select(e => e.SourceReference).FirstOrDefault(r => r is not null)
                ?? Ancestors(element).Select(e => e.SourceReference).FirstOrDefault(r => r is not null);
            return known is null ? 0 : Math.Max(0, known.Position.Position - 1);
        }

        private static IEnumerable<IElement> Ancestors(IElement element)
        {
            for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            {
                yield return parent;
            }
        }
    }
}
