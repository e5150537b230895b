using AngleSharp.Html.Parser;
using Movement.Core.Markdown;

namespace Movement.Core.Tests.Html;

/// <summary>Staff may write HTML in Markdown; what could run code in a reader's browser is taken out and reported on its line.</summary>
public class ContentHtmlSanitiserTests
{
    private static RenderedMarkdown Render(string body) => new MarkdownRenderer().Render(body, "pages/x.md", firstLine: 5, _ => null, "https://example.org");

    private static AngleSharp.Dom.INodeList Parse(string html) =>
        new HtmlParser().ParseFragment(html, new HtmlParser().ParseDocument("").Body!);

    private static IEnumerable<AngleSharp.Dom.IElement> Elements(string html) =>
        Parse(html).SelectMany(n => n is AngleSharp.Dom.IElement e ? [e, .. e.QuerySelectorAll("*")] : Array.Empty<AngleSharp.Dom.IElement>());

    [Fact]
    public void Raw_html_that_is_harmless_is_kept()
    {
        var rendered = Render("<details><summary>More</summary>\n\n<p class=\"note\">Kept <abbr title=\"Health visitor\">HV</abbr></p>\n\n</details>\n");

        Assert.Contains("<details><summary>More</summary>", rendered.Html);
        Assert.Contains("<abbr title=\"Health visitor\">HV</abbr>", rendered.Html);
        Assert.Empty(rendered.Removed);
    }

    [Fact]
    public void Script_elements_are_removed_with_their_content_and_reported_on_their_line()
    {
        var rendered = Render("Intro\n\n<script>alert(1)</script>\n\nAfter <script>steal()</script> text.\n");

        Assert.DoesNotContain("<script", rendered.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(1)", rendered.Html);
        Assert.Contains("After", rendered.Html);
        Assert.Equal([7, 9], rendered.Removed.Select(r => r.Location.Line).Distinct());
    }

    [Theory]
    [InlineData("<div onclick=\"x()\">Hi</div>")]
    [InlineData("<img src=\"/a.png\" alt=\"a\" onerror=\"x()\">")]
    [InlineData("<svg><circle onload=\"x()\"/></svg>")]
    [InlineData("<p ONMOUSEOVER=\"x()\">Hi</p>")]
    public void Event_handler_attributes_are_removed(string html)
    {
        var rendered = Render(html + "\n");

        Assert.DoesNotContain(Elements(rendered.Html), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.NotEmpty(rendered.Removed);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"  JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#9;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>")]
    [InlineData("<iframe src=\"data:text/html,<script>x()</script>\"></iframe>")]
    [InlineData("<form action=\"javascript:x()\"><button formaction=\"javascript:x()\">Go</button></form>")]
    [InlineData("<svg><a xlink:href=\"javascript:x()\"><text>x</text></a></svg>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1) \"title\")")]
    [InlineData("<javascript:alert(1)>")]
    public void Addresses_that_run_code_are_removed(string markdown)
    {
        var rendered = Render(markdown + "\n");

        var values = Elements(rendered.Html).SelectMany(e => e.Attributes).Select(a => a.Value.Replace("\t", "").Trim().ToLowerInvariant());
        Assert.DoesNotContain(values, v => v.StartsWith("javascript:") || v.StartsWith("vbscript:") || v.StartsWith("data:text"));
        Assert.NotEmpty(rendered.Removed);
        Assert.DoesNotContain(rendered.Links, l => l.Url.Contains("script:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Data_addresses_are_removed_from_pictures_and_links_alike()
    {
        var rendered = Render("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\"> <a href=\"data:image/png;base64,iVBORw0KGgo=\">open</a>\n");

        Assert.DoesNotContain("data:", rendered.Html);
        Assert.Equal(2, rendered.Removed.Count);
    }

    [Fact]
    public void Frames_given_their_own_document_and_plugins_are_removed()
    {
        var rendered = Render("<iframe srcdoc=\"<script>x()</script>\"></iframe>\n\n<object data=\"/x.swf\"></object><embed src=\"/x.swf\"><base href=\"https://evil.example/\">\n");

        Assert.DoesNotContain("srcdoc", rendered.Html);
        Assert.DoesNotContain("<object", rendered.Html);
        Assert.DoesNotContain("<embed", rendered.Html);
        Assert.DoesNotContain("<base", rendered.Html);
    }

    [Fact]
    public void A_template_cannot_smuggle_a_script_in()
    {
        var rendered = Render("<template><script>x()</script><img src=x onerror=y()></template>\n");

        Assert.DoesNotContain("script", rendered.Html);
        Assert.DoesNotContain("onerror", rendered.Html);
    }

    [Fact]
    public void Ordinary_markdown_is_not_reparsed_and_safe_links_stay()
    {
        var rendered = Render("A [link](/about/) and <https://example.org> and `<script>` in code.\n");

        Assert.Contains("<code>&lt;script&gt;</code>", rendered.Html);
        Assert.Contains("href=\"/about/\"", rendered.Html);
        Assert.Empty(rendered.Removed);
    }

    [Fact]
    public void Pictures_from_the_site_stay_and_pictures_from_elsewhere_go_with_a_warning_each()
    {
        var rendered = Render("""
            <img src="/files/a.png" alt="a"> <img src="b.png" alt="b"> <img src="https://example.org/files/c.png" alt="c">

            <img src="https://tracker.example.com/p.gif" alt="d"> <img src="//tracker.example.com/p.gif" alt="e"> <img src="https://example.org.evil.example/f.png" alt="f">

            ![g](https://charts.example.com/g.png)
            """ + "\n");

        var kept = Elements(rendered.Html).Where(e => e.LocalName == "img").Select(e => e.GetAttribute("alt")).ToList();
        Assert.Equal(["a", "b", "c"], kept);
        Assert.Equal([7, 7, 7, 9], rendered.Removed.Select(r => r.Location.Line));
        Assert.All(rendered.Removed, r => Assert.Contains("track", r.Why));
        Assert.DoesNotContain(rendered.Links, l => l.Url.Contains("charts.example.com", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdig_constructs_pass_the_allow_list_unchanged()
    {
        const string markdown = """
            ## A heading

            Text[^1] with **strong**, _em_, ~~del~~, H~2~O, x^2^, `code` and a [link](https://example.org "Title").

            | Left | Right | Centre |
            |:-----|------:|:------:|
            | 1    | 2     | 3      |

            a. one
            b. two

            > Quoted

            ![A picture](/files/a.png)

            ---

            [^1]: A note.
            """;
        var plain = Render(markdown + "\n");
        var sanitised = Render("<abbr title=\"Health visitor\">HV</abbr>\n\n" + markdown + "\n");

        Assert.Empty(sanitised.Removed);
        Assert.Equal(Normalised("<p><abbr title=\"Health visitor\">HV</abbr></p>" + plain.Html), Normalised(sanitised.Html));
    }

    [Fact]
    public void Inline_html_is_reported_at_its_line_and_column()
    {
        var rendered = Render("First line\nsecond line with <span onclick=\"x()\">this</span> in it\n");

        var removed = Assert.Single(rendered.Removed);
        Assert.Equal((6, 18), (removed.Location.Line, removed.Location.Column)); // The body starts on line 5.
    }

    private static string Normalised(string html)
    {
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html).Body!;
        return string.Join("|", body.QuerySelectorAll("*").Select(e => e.LocalName + "[" + string.Join(",", e.Attributes.Select(a => a.Name + "=" + a.Value.Replace(" ", "").TrimEnd(';'))) + "]" + (e.ChildElementCount == 0 ? e.TextContent.Trim() : "")));
    }
}
