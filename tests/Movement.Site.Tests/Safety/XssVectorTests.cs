using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Movement.Core.Diagnostics;
using Movement.Core.Html;
using Movement.Core.Markdown;
using Movement.Testing;

namespace Movement.Site.Tests.Safety;

/// <summary>
/// Every vector in Data/xss-vectors.txt, written as raw HTML in a Markdown body and given to the sanitiser on its
/// own, comes out with nothing that could run script, load from another site or restyle the page, as a browser
/// would parse it.
/// </summary>
public class XssVectorTests
{
    private const string SiteUrl = "https://first1001days.example";

    private static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal)
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "br", "hr", "wbr", "em", "strong", "b", "i", "u", "s", "small", "mark",
        "del", "ins", "sub", "sup", "q", "cite", "dfn", "abbr", "time", "code", "pre", "kbd", "samp", "var", "ul", "ol", "li", "dl", "dt",
        "dd", "a", "blockquote", "img", "figure", "figcaption", "details", "summary", "table", "caption", "colgroup", "col", "thead",
        "tbody", "tfoot", "tr", "th", "td",
    };

    private static readonly string[] UrlAttributes = ["href", "src", "cite", "action", "formaction", "xlink:href", "poster", "background", "srcset", "ping", "data", "lowsrc", "dynsrc"];

    public static TheoryData<string> Vectors => [.. XssVectors.All];

    [Fact]
    public void The_list_covers_the_classes_it_claims()
    {
        var all = string.Join("\n", XssVectors.All);

        Assert.True(XssVectors.All.Count >= 60, $"{XssVectors.All.Count} vectors");
        foreach (var family in new[] { "<math>", "<svg>", "<animate", "<set", "javascript:", "vbscript:", "data:", "&#106;", "&#9;", "expression(", "url(", "@import", "srcdoc", "<base", "refresh", "<noscript>", "<template>", "<textarea>", "<title>", "onerror" })
        {
            Assert.Contains(family, all, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_vector_in_a_markdown_body_comes_out_harmless(string vector)
    {
        var rendered = new MarkdownRenderer().Render($"Before\n\n{vector}\n\nAfter\n", "news/x.md", 6, _ => null, SiteUrl);

        AssertHarmless(rendered.Html);
        Assert.All(rendered.Removed, r => Assert.True(r.Location.Line is >= 6 and <= 10, $"{r.What} reported at line {r.Location.Line}"));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_vector_given_to_the_sanitiser_comes_out_harmless_and_stays_so(string vector)
    {
        var sanitiser = new ContentHtmlSanitiser(SiteUrl);
        var once = sanitiser.Sanitise(vector, _ => new SourceLocation("x.md"));
        var twice = sanitiser.Sanitise(once.Html, _ => new SourceLocation("x.md"));

        AssertHarmless(once.Html);
        Assert.Equal(once.Html, twice.Html); // What a browser re-parses is what was checked: no mutation on a second pass.
        Assert.Empty(twice.Removed);
    }

    [Fact]
    public void What_is_reported_removed_is_gone_from_the_output()
    {
        var rendered = new MarkdownRenderer().Render("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>\n", "news/x.md", 6, _ => null, SiteUrl);

        Assert.DoesNotContain("onerror", rendered.Html);
        Assert.DoesNotContain("<style", rendered.Html);
        var removed = Assert.Single(rendered.Removed);
        Assert.Contains("<math>", removed.What);
        Assert.Equal(6, removed.Location.Line);
    }

    /// <summary>Parses the HTML as a browser with scripting on would and checks every element and attribute against the allow-list.</summary>
    private static void AssertHarmless(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        var document = parser.ParseDocument("<!DOCTYPE html><body>" + html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.True(AllowedElements.Contains(element.LocalName) && element.NamespaceUri == "http://www.w3.org/1999/xhtml", $"<{element.LocalName}> in {html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} in {html}");
                Assert.NotEqual("srcdoc", attribute.Name);
                if (attribute.Name == "style")
                {
                    Assert.Matches(@"^\s*text-align\s*:\s*(left|right|center|justify)\s*;?\s*$", attribute.Value);
                }

                if (UrlAttributes.Contains(attribute.Name))
                {
                    Assert.True(ContentUrls.IsAllowedLink(attribute.Value), $"{attribute.Name}=\"{attribute.Value}\" in {html}");
                    if (attribute.Name != "href")
                    {
                        Assert.True(ContentUrls.IsSiteImage(attribute.Value, SiteUrl), $"{attribute.Name}=\"{attribute.Value}\" loads from elsewhere in {html}");
                    }
                }
            }
        }

        Assert.Empty(document.Body.Descendants<IComment>());
    }
}
