namespace Movement.Core.Html;

/// <summary>
/// Why each kind of markup the sanitiser removes cannot stay, and what an author can write instead: the
/// words of MV0307.
/// </summary>
public static class RemovalAdvice
{
    private const string RunsCode = "it could run code in a reader's browser";
    private const string NotInContent = "it is not allowed in content";
    private const string Allowed = "Content may use headings, paragraphs, lists, links, tables, figures, details/summary, abbreviations, code and pictures from this site.";

    private static readonly HashSet<string> Embeds = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "video", "audio", "source", "track", "picture",
    };

    private static readonly HashSet<string> FormParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output", "keygen",
    };

    private static readonly HashSet<string> Scripts = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "noscript", "template", "base", "meta", "link",
    };

    /// <summary>An element that is not on the allow-list.</summary>
    public static (string Why, string Hint) ForElement(string name) => name.ToLowerInvariant() switch
    {
        var n when Scripts.Contains(n) => (RunsCode,
            "Scripts are not allowed in content, nor elements that change how the page loads: link to the page or tool instead, or ask a developer to add it to the theme."),
        var n when Embeds.Contains(n) => (NotInContent,
            "Link to the video or page instead of embedding it, e.g. [Watch the video](https://www.youtube.com/watch?v=...): embedded players run another site's code and track readers."),
        var n when FormParts.Contains(n) => (NotInContent,
            "Link to the form instead of embedding it, e.g. [Sign up here](https://forms.example.org/...): a form in content could collect readers' details for someone else."),
        "style" => (NotInContent, StylingHint),
        "svg" => (RunsCode, "Save the drawing as an image file in input/files/ and add it with ![What it shows](/files/drawing.svg)."),
        "math" => (RunsCode, "Write the formula as text, or save it as a picture in input/files/ and add it with ![The formula in words](/files/formula.png)."),
        _ => (NotInContent, $"Remove the <{name}> element. {Allowed}"),
    };

    /// <summary>An attribute that is not on the allow-list.</summary>
    public static (string Why, string Hint) ForAttribute(string name) =>
        name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
            ? (RunsCode, $"'on...' attributes run code and are not allowed in content: remove '{name}', and use a link for anything a reader should do.")
            : name.Equals("style", StringComparison.OrdinalIgnoreCase)
                ? (NotInContent, StylingHint)
                : (NotInContent, $"Remove '{name}': content may use href, src, alt, title, width, height, id, lang, dir and the table attributes scope, colspan and rowspan.");

    /// <summary>A link or source whose scheme is not http, https, mailto or tel.</summary>
    /// <param name="scheme">The address's scheme, or null when characters before its colon hide it (a tab, an encoded letter).</param>
    public static (string Why, string Hint) ForAddress(string? scheme) => scheme is null
        ? ("browsers may read it as a script: invisible or encoded characters hide what kind of address it is",
            $"Write the address out plainly: a web page (https://...), an email address (mailto:...) or a phone number (tel:...).")
        : (scheme is "javascript" or "vbscript" or "data" ? RunsCode : NotInContent,
            $"{scheme}: addresses are not allowed: link to a web page (https://...), an email address (mailto:...) or a phone number (tel:...) instead.");

    /// <summary>A picture from another site.</summary>
    public static (string Why, string Hint) ForPictureFromElsewhere() => (
        "a picture from another site lets that site track every reader who opens the page",
        "Save the picture in input/files/ and use it from there, e.g. ![What it shows](/files/picture.jpg).");

    /// <summary>Styling in a style attribute or CSS rule.</summary>
    public static (string Why, string Hint) ForStyling() => (NotInContent, StylingHint);

    private const string StylingHint =
        "Remove the styling: the site's theme sets colours, fonts and layout, and CSS can load tracking images. Use Markdown for emphasis (**bold**, _italic_) and headings (## Heading).";
}
