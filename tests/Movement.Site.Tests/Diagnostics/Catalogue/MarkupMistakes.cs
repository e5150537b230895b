using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>HTML in Markdown that the sanitiser removes or rewrites, with MV0307 at its line.</summary>
public static class MarkupMistakes
{
    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
        ["an_embedded_video_player"] = new(Brief(Valid, "Watch our film:\n\n<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/abc123\" allowfullscreen></iframe>"),
            "MV0307", "briefs/b.md", 8, ["Link to the video", "instead of embedding"], Severity.Warning) { MessageWords = ["<iframe>"] },
        ["a_sign_up_form_with_a_password_box"] = new(Brief(Valid, "<form action=\"https://example.org/join\"><input type=\"password\" name=\"p\"><button>Join</button></form>"),
            "MV0307", "briefs/b.md", 6, ["Link to the form instead of embedding it"], Severity.Warning) { MessageWords = ["<form>"] },
        ["a_style_block_in_the_body"] = new(Brief(Valid, "Intro\n\n<style>p { color: red }</style>"),
            "MV0307", "briefs/b.md", 8, ["theme sets colours", "Markdown"], Severity.Warning) { MessageWords = ["<style>"] },
        ["a_tracking_picture_from_another_site"] = new(Brief(Valid, "News\n\n<img src=\"https://tracker.example.com/pixel.gif\" alt=\"\">"),
            "MV0307", "briefs/b.md", 8, ["input/files/"], Severity.Warning) { MessageWords = ["tracker.example.com", "track"] },
        ["a_markdown_picture_from_another_site"] = new(Brief(Valid, "See the chart:\n\n![Chart of visits](https://charts.example.com/c.png)"),
            "MV0307", "briefs/b.md", 8, ["input/files/", "![What it shows]"], Severity.Warning) { MessageWords = ["charts.example.com"] },
        ["an_inline_style_attribute"] = new(Brief(Valid, "<p style=\"color: red; background: url(https://example.com/x.png)\">Urgent</p>"),
            "MV0307", "briefs/b.md", 6, ["Remove the styling", "**bold**"], Severity.Warning) { MessageWords = ["<p>"] },
        ["an_svg_drawing_pasted_in"] = new(Brief(Valid, "Our logo\n\n<svg width=\"10\" height=\"10\"><circle r=\"5\"/></svg>"),
            "MV0307", "briefs/b.md", 8, ["image file", "input/files/"], Severity.Warning) { MessageWords = ["<svg>"] },
        ["a_vbscript_address"] = new(Brief(Valid, "<a href=\"vbscript:msgbox(1)\">Open</a>"),
            "MV0307", "briefs/b.md", 6, ["vbscript:", "https://"], Severity.Warning) { MessageWords = ["vbscript:msgbox(1)"] },
        ["a_mathml_style_mutation"] = new(Brief(Valid, "Text\n\n<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
            "MV0307", "briefs/b.md", 8, ["formula"], Severity.Warning) { MessageWords = ["<math>"] },
        ["a_button_on_a_later_line_of_an_html_block"] = new(Brief(Valid, "<div>\n<p>Support us</p>\n<button onclick=\"donate()\">Donate</button>\n</div>"),
            "MV0307", "briefs/b.md", 8, ["Link to the form"], Severity.Warning) { MessageWords = ["<button>"] },
        ["an_address_hiding_its_scheme_with_a_tab"] = new(Brief(Valid, "[Open](jav&#x09;ascript:alert(1))"),
            "MV0307", "briefs/b.md", 6, ["Write the address out plainly", "https://"], Severity.Warning) { MessageWords = ["jav%09ascript:alert(1)", "invisible or encoded"] },
        ["a_data_address_in_a_link"] = new(Brief(Valid, "Read <a href=\"data:text/html;base64,PHNjcmlwdD4=\">this</a> now."),
            "MV0307", "briefs/b.md", 6, ["data:", "mailto:"], Severity.Warning) { MessageWords = ["data:text/html"] },
        ["a_css_import_beacon"] = new(Brief(Valid, "A\n\nB\n\n<style>@import url(https://evil.example/x.css);</style>"),
            "MV0307", "briefs/b.md", 10, ["Remove the styling"], Severity.Warning) { MessageWords = ["<style>"] },
    };
}
